/**
 * Whether this extension may use the microphone, asked before a recording creates anything.
 * `prompt`: Chrome has not asked yet (a tab must ask: side panels cannot show the question);
 * `denied`: the clinician or a policy blocked it (only Chrome's site settings can undo that);
 * `unknown`: the browser cannot tell (the recorder then finds out itself).
 */
export type MicrophonePermission = 'granted' | 'prompt' | 'denied' | 'unknown';

export async function microphonePermission(
  permissions: Pick<Permissions, 'query'> | undefined = globalThis.navigator?.permissions,
): Promise<MicrophonePermission> {
  if (!permissions) return 'unknown';
  try {
    const status = await permissions.query({ name: 'microphone' as PermissionName });
    return status.state;
  } catch {
    return 'unknown';
  }
}
