import Foundation

/// What walking the paths given to `diplo import` found.
public struct ArticleWalk: Sendable {
    /// The article files to read, sorted by path.
    public var files: [URL] = []
    /// Paths that could not be walked or are not readable regular files.
    public var errors: [IngestError] = []
    /// Files met in folders whose extension is not an article format (images, PDFs…), sorted by path.
    public var skipped: [URL] = []
}

/// Expands the paths given to `diplo import` into the article files to read.
public enum ArticleWalker {
    /// The article files of `paths`, and the errors met; see `walk(_:)`.
    public static func files(in paths: [URL]) -> (files: [URL], errors: [IngestError]) {
        let w = walk(paths)
        return (w.files, w.errors)
    }

    /// Files named explicitly are taken as they are (an error if their format is unsupported);
    /// directories are walked recursively for supported files, skipping hidden entries and listing
    /// the other files as skipped. Symbolic links are followed, but each real directory and file is
    /// visited once, so link loops end. Unreadable entries, named pipes, sockets and devices are
    /// reported and the walk goes on.
    public static func walk(_ paths: [URL]) -> ArticleWalk {
        let fm = FileManager.default
        var files: [URL] = []
        var errors: [IngestError] = []
        var skipped: [URL] = []
        var visitedDirectories = Set<String>()
        var seenFiles = Set<String>()

        func realPath(_ url: URL) -> String {
            url.path.withCString { p -> String in
                guard let r = realpath(p, nil) else { return url.standardizedFileURL.path }
                defer { free(r) }
                return String(cString: r)
            }
        }
        func addFile(_ url: URL) {
            let display = ArticleReader.displayPath(url)
            guard access(url.path, R_OK) == 0 else {
                errors.append(.unreadable(file: display, reason: String(cString: strerror(errno))))
                return
            }
            var info = stat()
            if stat(url.path, &info) == 0, let kind = ArticleReader.nonRegularKind(mode: info.st_mode) {
                errors.append(.notRegularFile(file: display, kind: kind))
                return
            }
            if seenFiles.insert(realPath(url)).inserted { files.append(url) }
        }
        /// nil when the path (following links) does not exist.
        func kind(_ url: URL) -> (isDirectory: Bool, exists: Bool) {
            var isDir: ObjCBool = false
            let exists = fm.fileExists(atPath: url.path, isDirectory: &isDir)
            return (isDir.boolValue, exists)
        }

        for path in paths {
            let (isDir, exists) = kind(path)
            let display = ArticleReader.displayPath(path)
            guard exists else {
                // A dangling symbolic link exists as a link but not as a target.
                if (try? fm.destinationOfSymbolicLink(atPath: path.path)) != nil {
                    errors.append(.unreadable(file: display, reason: "broken symbolic link"))
                } else {
                    errors.append(.notFound(file: display))
                }
                continue
            }
            if !isDir {
                let ext = path.pathExtension.lowercased()
                if ArticleReader.supportedExtensions.contains(ext) { addFile(path) }
                else { errors.append(.unsupportedFormat(file: display, extension: path.pathExtension)) }
                continue
            }
            // Depth-first walk with an explicit stack (no recursion).
            var stack: [URL] = [path]
            while let dir = stack.popLast() {
                guard visitedDirectories.insert(realPath(dir)).inserted else { continue }
                let names: [String]
                do {
                    names = try fm.contentsOfDirectory(atPath: dir.path)
                } catch {
                    // The system's reason ("Permission denied") says more than Foundation's error.
                    var reason = ArticleReader.reason(error)
                    if let d = opendir(dir.path) { closedir(d) } else { reason = String(cString: strerror(errno)) }
                    errors.append(.unreadable(file: ArticleReader.displayPath(dir), reason: reason))
                    continue
                }
                var subdirectories: [URL] = []
                for name in names.sorted() where !name.hasPrefix(".") {
                    let child = dir.appendingPathComponent(name)
                    let (childIsDir, childExists) = kind(child)
                    if !childExists {
                        let ext = child.pathExtension.lowercased()
                        if ArticleReader.supportedExtensions.contains(ext) {
                            errors.append(.unreadable(file: ArticleReader.displayPath(child), reason: "broken symbolic link"))
                        }
                        continue
                    }
                    if childIsDir {
                        subdirectories.append(child)
                    } else if ArticleReader.supportedExtensions.contains(child.pathExtension.lowercased()) {
                        addFile(child)
                    } else {
                        skipped.append(child)
                    }
                }
                stack.append(contentsOf: subdirectories.reversed())
            }
        }
        files.sort { $0.path < $1.path }
        skipped.sort { $0.path < $1.path }
        return ArticleWalk(files: files, errors: errors, skipped: skipped)
    }
}
