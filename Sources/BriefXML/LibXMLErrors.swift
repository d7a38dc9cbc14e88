import CLibXML2

/// libxml2 reports some errors (encoding conversion and I/O errors) on standard error even
/// when a parse asks for no errors: brief reports problems itself, so they are silenced.
enum LibXMLErrors {
    /// Sends libxml2's errors on the calling thread (its error handlers are per thread) nowhere.
    /// Call before parsing; validators that collect errors set their own handler on their context.
    static func silenceOnThisThread() {
        xmlSetStructuredErrorFunc(nil, ignore)
    }

    private static let ignore: xmlStructuredErrorFunc = { _, _ in }
}
