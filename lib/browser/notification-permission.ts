import { browser } from 'wxt/browser';

/** An optional permission the user grants and takes back from a settings control. */
export interface PermissionSwitch {
  has(): Promise<boolean>;
  /** Must be called from the user's click: browsers grant a permission only in answer to a gesture. */
  request(): Promise<boolean>;
  remove(): Promise<boolean>;
}

// `notifications` is optional in the manifest (least privilege): asked for when the CSM turns the
// book's notifications on, given back when they turn them off.
const NOTIFICATIONS = { permissions: ['notifications' as const] };

export const notificationPermission: PermissionSwitch = {
  has: () => browser.permissions.contains(NOTIFICATIONS),
  request: () => browser.permissions.request(NOTIFICATIONS),
  remove: () => browser.permissions.remove(NOTIFICATIONS),
};
