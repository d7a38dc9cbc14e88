/// A story of the folder other than the one the brief is about: its articles were set apart
/// (``StoryGrouper``) and left out of the brief, so that two stories are never mixed.
public struct OtherStory: Hashable, Codable, Sendable {
    /// The headline of the story's most central article (or its opening words).
    public var title: String
    /// The story's articles, in corpus order.
    public var sources: [Source]

    public init(title: String, sources: [Source]) {
        self.title = title
        self.sources = sources
    }
}

extension Brief {
    /// The most other stories the text, HTML and DocBook list (JSON keeps them all).
    public static let maximumOtherStoriesListed = 10
    /// The most articles listed under each of them.
    public static let maximumOtherStoryArticlesListed = 5

    /// "2 other stories in the folder (11 articles) were left out of this brief:"; nil when
    /// the folder held one story.
    public var otherStoriesNote: String? {
        guard !otherStories.isEmpty else { return nil }
        let count = otherStories.count
        let articles = otherStories.reduce(0) { $0 + $1.sources.count }
        let stories = count == 1 ? "1 other story" : "\(count) other stories"
        let articleCount = articles == 1 ? "1 article" : "\(articles) articles"
        let listed = count > Self.maximumOtherStoriesListed ? " (the largest \(Self.maximumOtherStoriesListed) listed)" : ""
        return "\(stories) in the folder (\(articleCount)) \(count == 1 ? "was" : "were") left out of this brief\(listed):"
    }

    /// The other stories the renderers list: the largest ``maximumOtherStoriesListed``.
    public var otherStoriesListed: ArraySlice<OtherStory> { otherStories.prefix(Self.maximumOtherStoriesListed) }
}

extension OtherStory {
    /// "Pinochet arrested in London (10 articles)".
    public var line: String {
        "\(title) (\(sources.count == 1 ? "1 article" : "\(sources.count) articles"))"
    }

    /// The articles listed under it, and how many more there are.
    public var sourcesListed: (listed: ArraySlice<Source>, more: Int) {
        (sources.prefix(Brief.maximumOtherStoryArticlesListed), max(0, sources.count - Brief.maximumOtherStoryArticlesListed))
    }
}
