import BriefXML
import Testing

@Suite struct XMLWellFormednessTests {
    @Test func libxml2IsLinked() {
        #expect(XMLWellFormedness.libxmlVersion.hasPrefix("2."))
    }

    @Test func acceptsAWellFormedDocument() {
        #expect(XMLWellFormedness.firstError(in: "<a xmlns='urn:x'><b>AT&amp;T</b></a>") == nil)
    }

    @Test func reportsMalformedDocuments() {
        #expect(XMLWellFormedness.firstError(in: "<a><b></a>") != nil)
        #expect(XMLWellFormedness.firstError(in: "<a>AT&T;</a>") != nil)
        #expect(XMLWellFormedness.firstError(in: "") != nil)
    }

    @Test func neverReadsExternalEntities() {
        let hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <a>&x;</a>
            """
        // Well-formed or not, the check must not fail by trying to load the file; it simply parses.
        _ = XMLWellFormedness.firstError(in: hostile)
    }
}
