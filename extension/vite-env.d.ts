/// <reference types="vite/client" />
// WXT's generated types (typed browser.runtime.getURL paths, import.meta.env); `npm install` runs `wxt prepare`.
/// <reference path="../.wxt/wxt.d.ts" />
