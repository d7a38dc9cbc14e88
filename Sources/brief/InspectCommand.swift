import ArgumentParser
import BriefKit
import BriefXML
import Foundation

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how brief reads a document.",
        subcommands: [SentencesCommand.self]
    )
}

struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Print a document's sentences, one per line.",
        discussion: """
            Paragraphs are separated by a blank line. The headline is shown as '# ...' and \
            subheadings as '## ...'; boilerplate lines are left out, as when briefing. A feed \
            shows each of its items in turn.
            """
    )

    @Argument(help: ArgumentHelp("The article to read, or - for standard input.", valueName: "file"))
    var file: String

    func run() throws {
        try reportingErrors { () throws(BriefError) in
            let articles: [Article]
            if file == "-" {
                let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
                guard case .text(let text, _) = TextDecoding.decode(bytes) else {
                    throw .unreadable(path: "standard input", reason: "binary data, not text")
                }
                articles = [Article(id: "stdin", path: "-", text: TextNormalizer.normalize(text))]
            } else {
                // Why a page gave nothing is told before the error, as `generate` tells it.
                let loaded = try CorpusLoader().loadAll(paths: [file])
                for diagnostic in loaded.diagnostics { Terminal.warning(diagnostic.description) }
                guard !loaded.articles.isEmpty else { throw .emptyCorpus([file]) }
                articles = loaded.articles
            }
            let segmenter = SentenceSegmenter()
            var blocks: [String] = []
            for document in CorpusReader.documents(from: articles) {
                if let headline = document.headline { blocks.append("# " + headline) }
                if let byline = Source(id: document.id, title: "", path: document.path, metadata: document.metadata).byline {
                    blocks.append("(" + byline + ")")
                }
                for block in document.blocks {
                    switch block {
                    case .subheading(let text): blocks.append("## " + text)
                    case .paragraph(let text): blocks.append(segmenter.sentences(in: text).joined(separator: "\n"))
                    }
                }
            }
            Terminal.output(blocks.joined(separator: "\n\n") + (blocks.isEmpty ? "" : "\n"))
        }
    }
}
