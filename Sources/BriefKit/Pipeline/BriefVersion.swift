/// brief's version, as `brief --version` prints it.
public enum BriefVersion {
    /// The release number (semantic versioning; the CHANGELOG's sections follow it).
    public static let number = "0.1.0"
}
