/** A response's status and body text. */
export interface TextResponse {
  status: number;
  body: string;
}

/** One request from the orchestrator (validation, probes); never used for load. */
export async function request(url: string, init: RequestInit = {}, timeoutMs = 5000): Promise<TextResponse> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return { status: response.status, body: await response.text() };
}

/** True when GET `url` answers 200. */
export async function answers200(url: string): Promise<boolean> {
  return (await request(url, {}, 1000)).status === 200;
}
