"""Practice phrases and the recovery-phrase tripwire helpers."""

from __future__ import annotations

import hashlib

import pytest

from holdspace.core.seed import (
    check_phrase,
    looks_like_recovery_phrase,
    phrase_checksum_ok,
    phrase_words,
    practice_phrase,
    word_at,
    wordlist,
)

# BIP-39 test vector: entropy 0x00 * 16.
ABOUT = "abandon " * 11 + "about"
TWELVE_ABANDON = " ".join(["abandon"] * 12)  # all words listed, checksum does not hold


# ---------------------------------------------------------------------- practice phrases


@pytest.mark.parametrize("words", [12, 24])
def test_practice_phrase_is_a_checksum_valid_phrase_of_the_asked_length(words):
    phrase = practice_phrase(words)
    assert len(phrase.split(" ")) == words
    assert set(phrase.split(" ")) <= wordlist()
    assert phrase_checksum_ok(phrase)


def test_practice_phrase_defaults_to_twelve_words_and_is_fresh_every_time():
    phrases = {practice_phrase() for _ in range(5)}
    assert len(phrases) == 5
    assert all(len(phrase.split()) == 12 for phrase in phrases)


@pytest.mark.parametrize("words", [0, 11, 13, 15, 18, 21, 25, True, "12"])
def test_practice_phrase_only_offers_12_or_24_words(words):
    with pytest.raises(ValueError, match="12 or 24"):
        practice_phrase(words)


def test_check_phrase_forgives_case_spacing_newlines_and_numbering():
    phrase = practice_phrase()
    words = phrase.split()
    assert check_phrase(phrase, phrase)
    assert check_phrase(phrase, "  " + phrase.upper() + "\n")
    assert check_phrase(phrase, "\n".join(words))
    assert check_phrase(phrase, "  ".join(word.title() for word in words))
    assert check_phrase(phrase, " ".join(f"{n}. {w}" for n, w in enumerate(words, 1)))


def test_check_phrase_notices_order_and_missing_words():
    words = practice_phrase().split()
    assert not check_phrase(" ".join(words), " ".join(words[:-1]))
    assert not check_phrase(" ".join(words), " ".join(words[1:] + words[:1]))
    assert not check_phrase("", "")


def test_word_at_counts_from_one():
    assert word_at(ABOUT, 1) == "abandon"
    assert word_at(ABOUT, 12) == "about"
    with pytest.raises(ValueError):
        word_at(ABOUT, 13)


# -------------------------------------------------------------------------- the tripwire


def test_phrase_words_normalises():
    assert phrase_words(" Abandon,\tABOUT\n3) zoo ") == ["abandon", "about", "zoo"]


def test_checksum_valid_and_invalid_phrases_both_trip_the_wire():
    assert looks_like_recovery_phrase(ABOUT) and phrase_checksum_ok(ABOUT)
    assert looks_like_recovery_phrase(TWELVE_ABANDON) and not phrase_checksum_ok(TWELVE_ABANDON)


@pytest.mark.parametrize(
    "text",
    [
        ABOUT.upper(),
        ABOUT.replace(" ", "\n"),
        ABOUT.replace(" ", "   "),
        ", ".join(ABOUT.split()),
        " ".join(f"{n}. {w}" for n, w in enumerate(ABOUT.split(), 1)),
        "my words are: " + ABOUT + " thanks",
        " ".join(["zoo"] * 13),  # not a valid length, still someone's words
    ],
)
def test_tripwire_catches_phrases_however_they_are_written(text):
    assert looks_like_recovery_phrase(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abandon " * 10 + "about",  # 11 words
        "abandon " * 11 + "bitcoin",  # one word is not in the list
        "The quick brown fox jumps over the lazy dog while the cat is sleeping on a mat",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    ],
)
def test_tripwire_leaves_ordinary_input_alone(text):
    assert not looks_like_recovery_phrase(text)


def test_checksum_needs_a_standard_length():
    assert not phrase_checksum_ok("abandon " * 10 + "about")
    assert not phrase_checksum_ok(ABOUT + " abandon")


# ---------------------------------------------------------------------- shared vectors


def test_wordlist_is_the_bip39_english_list(shared_vectors):
    data = shared_vectors("bip39_english_vectors.json")
    words = wordlist()
    assert len(words) == data["wordlist"]["words"] == 2048
    text = "\n".join(sorted(words)) + "\n"  # english.txt is in alphabetical order
    assert hashlib.sha256(text.encode()).hexdigest() == data["wordlist"]["sha256"]


def test_bip39_vectors_are_checksum_valid_phrases(shared_vectors):
    data = shared_vectors("bip39_english_vectors.json")
    for entropy, mnemonic, _seed, _xprv in data["english"]:
        words = mnemonic.split()
        assert len(words) == len(entropy) * 4 * 33 // 32 // 11  # hex digits -> bits, + checksum
        assert phrase_checksum_ok(mnemonic), mnemonic
        assert phrase_checksum_ok(mnemonic.upper())
        assert looks_like_recovery_phrase(mnemonic)
        assert check_phrase(mnemonic, "\n".join(words).title())


def test_bip39_derived_invalid_phrases(shared_vectors):
    data = shared_vectors("bip39_english_vectors.json")
    for case in data["derived_invalid"]["cases"]:
        phrase = case["phrase"]
        assert case["valid"] is False
        assert not phrase_checksum_ok(phrase), case["reason"]
        words = phrase.split()
        expected_tripwire = len(words) >= 12 and set(words) <= wordlist()
        assert looks_like_recovery_phrase(phrase) is expected_tripwire, case["reason"]


def test_bip39_input_pitfalls_are_normalised(shared_vectors):
    data = shared_vectors("bip39_english_vectors.json")
    for case in data["input_pitfalls"]["cases"]:
        assert case["mnemonic_check_raw"] is False  # the library alone says no …
        assert phrase_checksum_ok(case["phrase"]), case["note"]  # … we normalise first


def test_the_word_list_is_left_unloaded_only_where_it_could_not_change_the_answer():
    """Texts answered without the BIP-39 list (start-up checks addresses) get the same
    answers: a phrase among one-letter words, or with a typo, is still found."""
    from holdspace.core import paste, seed

    among_short_words = "i a b c d e " + ABOUT + " x"
    assert seed.looks_like_recovery_phrase(among_short_words)
    assert paste.identify(among_short_words).kind == "recovery-phrase"
    with_typo = ABOUT.replace("about", "abuot")
    assert paste.identify(with_typo).notes[-2:] == ("looks-like-recovery-phrase", "not-kept")
    # An address's letter runs are words too, never twelve listed ones in a row.
    for address in (
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
    ):
        assert not seed.looks_like_recovery_phrase(address)
        assert paste.identify(address).kind != "recovery-phrase"
    assert all(seed.could_be_listed(word) for word in seed.wordlist())
