/** The one import of webextension-polyfill: every browser context takes `browser` from here. */
import browser from 'webextension-polyfill';

export type { Menus, Runtime, Tabs } from 'webextension-polyfill';
export default browser;
