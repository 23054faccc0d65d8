export interface RunningServer {
  readonly origin: string;
  stop(): Promise<void>;
}

export function startServer(rootDir: string, middleware?: unknown[]): Promise<RunningServer>;
