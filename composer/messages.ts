/** The popup ↔ content-script protocol. */
export interface StatusRequest {
  type: 'tactful/status';
}
export interface StatusReply {
  active: boolean;
  composers: number;
  flags: number;
}

export const statusRequest = (): StatusRequest => ({ type: 'tactful/status' });

export function isStatusRequest(message: unknown): message is StatusRequest {
  return typeof message === 'object' && message !== null && (message as StatusRequest).type === 'tactful/status';
}
