/// What a title says about the person it is attached to.
struct TitleInfo: Sendable {
    /// The gender it marks (``Gender/neutral`` for Dr, Mx, ji, 様).
    var gender: Gender
    /// True for a professional title (Dr, Prof, Rev): "Dr Patel" is not Mr Patel.
    var professional: Bool
    /// True for a title that is also a common word in some language (Vietnamese `anh`,
    /// `cô`, `bà`): it supports a name but never rules one out by gender.
    var weak: Bool
}
