/**
 * Threads for ONNX Runtime's WASM backend: one without cross-origin isolation (no SharedArrayBuffer),
 * else every logical core up to 4 (beyond that Whisper's small matrices gain little, and the audio
 * thread and the page keep some room on small machines since WASM threads spin only briefly).
 */
export function wasmThreads(isolated: boolean, nav: { hardwareConcurrency?: number } | undefined): number {
  if (!isolated) return 1;
  const cores = nav?.hardwareConcurrency ?? 1;
  return Math.max(1, Math.min(4, Math.floor(cores)));
}
