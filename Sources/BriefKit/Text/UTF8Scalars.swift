/// Unicode scalars read straight from valid UTF-8 bytes (a `String`'s own storage), for
/// tokenizers that walk byte offsets instead of the scalar view's indices.
enum UTF8Scalars {
    /// The scalar that starts at `offset`, and how many bytes it takes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let continuation = { (k: Int) in UInt32(bytes[offset + k] & 0x3F) }
        let value: UInt32
        let width: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | continuation(1)
            width = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
            width = 3
        } else {
            value = (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
            width = 4
        }
        // Valid UTF-8 always decodes to a scalar; U+FFFD stands in should the bytes not be.
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// The offset where the scalar that ends just before `offset` starts.
    @inline(__always)
    static func start(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Int {
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The scalar that ends just before `offset`.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Unicode.Scalar {
        decode(bytes, at: start(bytes, before: offset)).scalar
    }
}
