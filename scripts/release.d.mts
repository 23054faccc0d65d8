/** The version to release: `patch`, `minor` or `major` of `current`, or `wanted` as it is. */
export declare function nextVersion(current: string, wanted: string): string;

/** The repository's web address, from package.json's `repository`. */
export declare function repositoryUrl(packageJson: { repository?: string | { url?: string } }): string;

/** The changelog with what is under Unreleased moved into an entry `## [version] - date`. */
export declare function releaseChangelog(text: string, version: string, date: string, repository: string): string;
