import Foundation

/// Where brief finds the files it ships (the `styles` folder, the sample `seeds`) when the
/// command line does not say: in the current folder first, as in a checkout; then beside the
/// installed executable (`<prefix>/bin/brief` → `<prefix>/share/brief/<name>`, the layout
/// `scripts/install.sh` writes); then in the checkout the executable was built in
/// (`.build/release/brief` → the package folder). So `brief` and `brief --style compact` work
/// from any folder.
enum InstalledResources {
    /// The folder `name` ("styles", "seeds"), or `name` itself when none is found (the caller's
    /// error then names it).
    static func folder(_ name: String) -> String {
        candidates(name).first { isFolder($0) } ?? name
    }

    /// Where `name` is looked for, in order.
    static func candidates(_ name: String) -> [String] {
        var folders = [name]
        guard let executable = executableFolder() else { return folders }
        folders.append(executable.deletingLastPathComponent().appendingPathComponent("share/brief/\(name)").path)
        // .build/<triple>/release/brief (or .build/release/brief): the package is above .build.
        var folder = executable
        for _ in 0..<4 {
            folder.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                folders.append(folder.appendingPathComponent(name).path)
                break
            }
        }
        return folders
    }

    /// The folder of the running executable, symbolic links resolved.
    private static func executableFolder() -> URL? {
        guard let path = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        return path.deletingLastPathComponent()
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
