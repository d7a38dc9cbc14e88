import ArgumentParser
import BriefKit
import BriefXML
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a DocBook brief against the DocBook 5.0 RELAX NG schema.",
        discussion: """
            The schema is found through the system's XML catalog (Debian/Ubuntu: apt-get install \
            docbook5-xml) or given with --schema.
            """
    )

    @Argument(help: ArgumentHelp("The DocBook file to check (brief.xml).", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The RELAX NG schema to check against.", valueName: "path"))
    var schema: String?

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            guard FileManager.default.fileExists(atPath: file) else { throw .missingPath(file) }
            let schemaPath: String
            if let schema {
                guard FileManager.default.fileExists(atPath: schema) else { throw .missingPath(schema) }
                schemaPath = schema
            } else if let found = RelaxNGValidator.locateDocBookSchema() {
                schemaPath = found
            } else {
                throw .invalidDocument(
                    path: file,
                    reason: "no DocBook 5.0 RELAX NG schema installed: "
                        + "install docbook5-xml (apt-get install docbook5-xml) or pass --schema PATH")
            }
            let errors: [String]
            do throws(XMLValidationError) {
                errors = try RelaxNGValidator.errors(documentAt: file, schemaAt: schemaPath)
            } catch {
                throw .invalidDocument(path: error.path, reason: error.reason)
            }
            guard errors.isEmpty else {
                for error in errors.dropFirst() { Terminal.writeError("brief: \(file): \(error)\n") }
                throw .invalidDocument(path: file, reason: "not valid DocBook 5.0: \(errors[0])")
            }
            Terminal.output("\(file): valid DocBook 5.0 (\(schemaPath))\n")
        }
    }
}
