// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCborMap>
#include <QCborValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace cc::domain {

/**
 * Free text exactly as a person wrote it, with the BCP-47 tag of the language it was
 * written in ("nl", "fr-BE"). Unlike coded values, this text is never translated; the
 * tag lets the UI mark it (and a reader's device pick a voice or spell checker).
 *
 * Persisted as the CBOR map {"t": text, "l": lang}; an empty text is stored as absent.
 */
struct LocalizedText {
    QString text;
    QString lang;

    /** Longest text accepted in one field, in UTF-16 code units (a generous page or two). */
    static constexpr qsizetype MaxLength = 20000;

    bool isEmpty() const { return text.isEmpty(); }

    friend bool operator==(const LocalizedText &a, const LocalizedText &b)
    {
        return a.text == b.text && a.lang == b.lang;
    }

    /**
     * True for a well-formed BCP-47 tag in the shape we accept: a 2–8 letter primary
     * subtag followed by '-'-separated 1–8 character alphanumeric subtags, at most 35
     * characters ("nl", "nl-BE", "zh-Hant-TW", "und").
     */
    static bool isValidLanguageTag(QStringView tag)
    {
        if (tag.isEmpty() || tag.size() > 35)
            return false;
        qsizetype subtagStart = 0;
        for (qsizetype i = 0; i <= tag.size(); ++i) {
            if (i < tag.size() && tag.at(i) != u'-') {
                const char16_t c = tag.at(i).unicode();
                const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
                const bool digit = c >= u'0' && c <= u'9';
                if (!letter && !(digit && subtagStart > 0))
                    return false;
                continue;
            }
            const qsizetype length = i - subtagStart;
            if (length < (subtagStart == 0 ? 2 : 1) || length > 8)
                return false;
            subtagStart = i + 1;
        }
        return true;
    }

    /** True if empty, or if the text is within MaxLength and carries a valid language tag. */
    bool isValid() const
    {
        if (text.isEmpty())
            return lang.isEmpty() || isValidLanguageTag(lang);
        return text.size() <= MaxLength && isValidLanguageTag(lang);
    }

    QCborMap toCbor() const
    {
        QCborMap map;
        map.insert(QLatin1String("t"), text);
        map.insert(QLatin1String("l"), lang);
        return map;
    }

    /** Reads {"t", "l"}; nullopt if @p value is not such a map of text strings. Does not validate. */
    static std::optional<LocalizedText> fromCbor(const QCborValue &value)
    {
        if (!value.isMap())
            return std::nullopt;
        const QCborMap map = value.toMap();
        const QCborValue t = map.value(QLatin1String("t"));
        const QCborValue l = map.value(QLatin1String("l"));
        if (!t.isString() || !(l.isString() || l.isUndefined()))
            return std::nullopt;
        return LocalizedText {t.toString(), l.toString()};
    }
};

} // namespace cc::domain
