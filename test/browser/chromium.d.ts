export declare const CHROMIUM: string;
export declare const CHROMIUM_FOUND: boolean;
export declare const BROWSER_REQUIRED: boolean;
export declare const LAUNCH_ARGS: string[];
export declare const MISSING: string;
