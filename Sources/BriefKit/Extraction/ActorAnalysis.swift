/// The extracted actors and where each person is mentioned, for attributing quotes.
public struct ActorAnalysis: Sendable {
    public var actors: [Actor]
    /// Person mentions resolved to an actor's name, in document order.
    var personMentions: [ResolvedMention]
}
