/// <reference types="node" />

export type DevHttpsServerConfig =
  "https" | { type: "https"; options: { ca?: Buffer; cert: Buffer; key: Buffer } };

export declare const DEFAULT_CERT_DIR: string;

export declare function getHttpsServerConfig(options?: {
  certDir?: string;
  warn?: (message: string) => void;
}): Promise<DevHttpsServerConfig>;
