// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionnaire.h"

#include "codes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cc::domain {

namespace {

const QLatin1StringView KindCheckIn("check_in");
const QLatin1StringView KindInstrument("instrument");
const QLatin1StringView CheckInId("carecircle-checkin");
const QLatin1StringView CaregiverCheckInId("carecircle-caregiver");

/** Reads one definition; the first problem found ends the reading with a clear message. */
class Parser
{
public:
    std::optional<Error> error;

    /** Fails with @p text; "%1" in it names @p where (a key or an item id, never user data). */
    bool fail(TrText text, const QString &where = {})
    {
        if (error)
            return false;
        Error e = makeError(ErrorCode::InvalidInput, text);
        if (!where.isEmpty())
            e.message = e.message.arg(where);
        error = e;
        return false;
    }

    bool ok() const { return !error; }

    std::optional<int> integer(const QJsonValue &value, const QString &where)
    {
        const double d = value.toDouble(std::nan(""));
        if (!value.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::abs(d) > 1e6) {
            fail(trNoop("Questionnaire", "“%1” must be a whole number."), where);
            return std::nullopt;
        }
        return int(d);
    }

    QString shortText(const QJsonObject &object, const QString &key, qsizetype maxLength = 64)
    {
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().trimmed().isEmpty() || value.toString().size() > maxLength) {
            fail(trNoop("Questionnaire", "The field “%1” is missing or not valid text."), key);
            return {};
        }
        return value.toString();
    }

    /** A text in all four languages (others may be added, as valid language tags). */
    Questionnaire::Texts texts(const QJsonValue &value, const QString &where)
    {
        Questionnaire::Texts result;
        if (!value.isObject()) {
            fail(trNoop("Questionnaire", "The text “%1” is missing or is not a set of translations."), where);
            return result;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString text = it.value().toString();
            if (!it.value().isString() || !LocalizedText::isValidLanguageTag(it.key()) || text.trimmed().isEmpty()
                || text.size() > Questionnaire::MaxTextLength) {
                fail(trNoop("Questionnaire", "The text “%1” has an empty, too long or invalid translation."), where);
                return {};
            }
            result.insert(it.key(), text);
        }
        for (const QString &language : Questionnaire::requiredLanguages()) {
            if (!result.contains(language)) {
                fail(trNoop("Questionnaire", "The text “%1” must be given in Dutch, French, German and English."),
                    where + u'.' + language);
                return {};
            }
        }
        return result;
    }

    QList<Questionnaire::Option> options(const QJsonValue &value, const QString &where)
    {
        QList<Questionnaire::Option> result;
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.size() < 2 || array.size() > Questionnaire::MaxOptions) {
            fail(trNoop("Questionnaire", "The answer options of “%1” must be a list of 2 to 20 options."), where);
            return {};
        }
        QSet<int> seen;
        for (const QJsonValue &entry : array) {
            const QJsonObject object = entry.toObject();
            const std::optional<int> optionValue = integer(object.value(QLatin1String("value")), where);
            if (!ok())
                return {};
            if (*optionValue < 0 || *optionValue > 100) {
                fail(trNoop("Questionnaire", "An answer option of “%1” has a value outside 0 to 100."), where);
                return {};
            }
            if (seen.contains(*optionValue)) {
                fail(trNoop("Questionnaire", "Two answer options of “%1” have the same value."), where);
                return {};
            }
            seen.insert(*optionValue);
            Questionnaire::Option option {*optionValue, texts(object.value(QLatin1String("label")), where)};
            if (!ok())
                return {};
            result.append(option);
        }
        return result;
    }

    std::optional<Questionnaire::Scale> scale(const QJsonValue &value, const QString &where)
    {
        const QJsonObject object = value.toObject();
        Questionnaire::Scale result;
        const std::optional<int> min = integer(object.value(QLatin1String("min")), where);
        const std::optional<int> max = integer(object.value(QLatin1String("max")), where);
        if (!ok())
            return std::nullopt;
        if (*min < 0 || *max > 100 || *min >= *max) {
            fail(trNoop("Questionnaire", "The scale of “%1” must go up from 0 or more to 100 at most."), where);
            return std::nullopt;
        }
        result.min = *min;
        result.max = *max;
        result.minLabel = texts(object.value(QLatin1String("minLabel")), where + QLatin1String(".minLabel"));
        result.maxLabel = texts(object.value(QLatin1String("maxLabel")), where + QLatin1String(".maxLabel"));
        if (!ok())
            return std::nullopt;
        return result;
    }
};

} // namespace

int Questionnaire::Item::minValue() const
{
    if (scale)
        return scale->min;
    int result = options.isEmpty() ? 0 : options.first().value;
    for (const Option &option : options)
        result = std::min(result, option.value);
    return result;
}

int Questionnaire::Item::maxValue() const
{
    if (scale)
        return scale->max;
    int result = options.isEmpty() ? 0 : options.first().value;
    for (const Option &option : options)
        result = std::max(result, option.value);
    return result;
}

bool Questionnaire::Item::isValidAnswer(int value) const
{
    if (scale)
        return value >= scale->min && value <= scale->max;
    return std::any_of(options.cbegin(), options.cend(), [value](const Option &o) { return o.value == value; });
}

const QStringList &Questionnaire::requiredLanguages()
{
    static const QStringList list {
        QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")};
    return list;
}

QString Questionnaire::pick(const Texts &texts, const QString &language)
{
    const auto it = texts.constFind(language);
    if (it != texts.cend())
        return *it;
    return texts.value(QStringLiteral("en"));
}

namespace {

/** The sorted bands start at the lowest derived score, end at the highest, and neither
 *  overlap nor leave a gap. */
bool checkBandsCover(Parser &p, Questionnaire &q)
{
    const auto [derivedMin, derivedMax] = q.derivedRange();
    std::sort(q.bands.begin(), q.bands.end(),
        [](const Questionnaire::Band &a, const Questionnaire::Band &b) { return a.min < b.min; });
    if (q.bands.first().min != derivedMin || q.bands.last().max != derivedMax) {
        p.fail(trNoop("Questionnaire", "The score bands must cover every score from %1."),
            QStringLiteral("%1–%2").arg(derivedMin).arg(derivedMax));
        return false;
    }
    for (qsizetype i = 1; i < q.bands.size(); ++i) {
        if (q.bands.at(i).min <= q.bands.at(i - 1).max) {
            p.fail(trNoop("Questionnaire", "Two score bands overlap."));
            return false;
        }
        if (q.bands.at(i).min != q.bands.at(i - 1).max + 1) {
            p.fail(trNoop("Questionnaire", "The score bands leave a gap."));
            return false;
        }
    }
    return true;
}

/** The file's own fields: format, id, version, kind, title, intro, attribution. */
bool readHeader(Parser &p, const QJsonObject &root, Questionnaire &q)
{
    const QJsonValue format = root.value(QLatin1String("format"));
    if (!format.isDouble() || format.toDouble() != Questionnaire::Format) {
        p.fail(trNoop("Questionnaire", "The questionnaire file has a format this version of CareCircle cannot read."));
        return false;
    }
    q.id = p.shortText(root, QStringLiteral("id"));
    q.version = p.shortText(root, QStringLiteral("version"));
    const QString kind = p.shortText(root, QStringLiteral("kind"));
    if (!p.ok())
        return false;
    if (kind == KindCheckIn) {
        q.kind = Questionnaire::Kind::CheckIn;
    } else if (kind == KindInstrument) {
        q.kind = Questionnaire::Kind::Instrument;
    } else {
        p.fail(trNoop("Questionnaire", "The questionnaire kind “%1” is not one CareCircle knows."), kind.left(64));
        return false;
    }
    if (q.kind == Questionnaire::Kind::Instrument && !codes::isValidInstrument(q.id)) {
        p.fail(trNoop("Questionnaire", "The instrument “%1” is not one CareCircle can store."), q.id);
        return false;
    }
    q.title = p.texts(root.value(QLatin1String("title")), QStringLiteral("title"));
    q.intro = p.texts(root.value(QLatin1String("intro")), QStringLiteral("intro"));
    q.attribution = p.texts(root.value(QLatin1String("attribution")), QStringLiteral("attribution"));
    return p.ok();
}

/** One item: a unique id, its text, and its options (its own, or the file's) or a scale. */
std::optional<Questionnaire::Item> readItem(
    Parser &p, const QJsonValue &entry, const QList<Questionnaire::Option> &defaultOptions, QSet<QString> &itemIds)
{
    if (!entry.isObject()) {
        p.fail(trNoop("Questionnaire", "Every item of the questionnaire must be an object."));
        return std::nullopt;
    }
    const QJsonObject object = entry.toObject();
    Questionnaire::Item item;
    item.id = p.shortText(object, QStringLiteral("id"));
    if (!p.ok())
        return std::nullopt;
    if (itemIds.contains(item.id)) {
        p.fail(trNoop("Questionnaire", "The item id “%1” is used twice."), item.id);
        return std::nullopt;
    }
    itemIds.insert(item.id);
    item.text = p.texts(object.value(QLatin1String("text")), item.id);
    const bool hasOptions = object.contains(QLatin1String("options"));
    const bool hasScale = object.contains(QLatin1String("scale"));
    if (hasOptions && hasScale) {
        p.fail(trNoop("Questionnaire", "The item “%1” has both answer options and a scale."), item.id);
        return std::nullopt;
    }
    if (hasScale)
        item.scale = p.scale(object.value(QLatin1String("scale")), item.id);
    else if (hasOptions)
        item.options = p.options(object.value(QLatin1String("options")), item.id);
    else
        item.options = defaultOptions;
    if (!p.ok())
        return std::nullopt;
    if (!item.scale && item.options.isEmpty()) {
        p.fail(trNoop("Questionnaire", "The item “%1” has neither answer options nor a scale."), item.id);
        return std::nullopt;
    }
    return item;
}

/** The file's default options (if any), then 1 to MaxItems items. */
bool readItems(Parser &p, const QJsonObject &root, Questionnaire &q)
{
    QList<Questionnaire::Option> defaultOptions;
    if (root.contains(QLatin1String("options"))) {
        defaultOptions = p.options(root.value(QLatin1String("options")), QStringLiteral("options"));
        if (!p.ok())
            return false;
    }
    const QJsonValue itemsValue = root.value(QLatin1String("items"));
    const QJsonArray itemArray = itemsValue.toArray();
    if (!itemsValue.isArray() || itemArray.isEmpty() || itemArray.size() > Questionnaire::MaxItems) {
        p.fail(trNoop("Questionnaire", "A questionnaire needs a list of 1 to 100 items."));
        return false;
    }
    QSet<QString> itemIds;
    for (const QJsonValue &entry : itemArray) {
        std::optional<Questionnaire::Item> item = readItem(p, entry, defaultOptions, itemIds);
        if (!item)
            return false;
        q.items.append(std::move(*item));
    }
    return true;
}

/** A check-in: every item a known domain on a 0–10 scale, the per-domain fields, no scoring. */
bool readCheckIn(Parser &p, const QJsonObject &root, Questionnaire &q)
{
    for (const Questionnaire::Item &item : std::as_const(q.items)) {
        if (!codes::isValidCheckInDomain(item.id) && !codes::isValidCaregiverDomain(item.id)) {
            p.fail(trNoop("Questionnaire", "The check-in domain “%1” is not one CareCircle knows."), item.id);
            return false;
        }
        if (!item.scale || item.scale->min != 0 || item.scale->max != 10) {
            p.fail(trNoop("Questionnaire", "The check-in domain “%1” needs a scale from 0 to 10."), item.id);
            return false;
        }
    }
    const QJsonObject fields = root.value(QLatin1String("domainFields")).toObject();
    q.domainFields.wish = fields.value(QLatin1String("wish")).toBool();
    q.domainFields.discuss = fields.value(QLatin1String("discuss")).toBool();
    q.domainFields.note = fields.value(QLatin1String("note")).toBool();
    if (root.contains(QLatin1String("bands")) || root.contains(QLatin1String("scoring"))) {
        p.fail(trNoop("Questionnaire", "A check-in is not scored: it has no “%1”."), QStringLiteral("scoring"));
        return false;
    }
    return true;
}

/** An instrument's scoring: a sum, an optional multiplier, and the ranges the store expects. */
bool readScoring(Parser &p, const QJsonObject &root, Questionnaire &q)
{
    const QJsonObject scoring = root.value(QLatin1String("scoring")).toObject();
    if (scoring.value(QLatin1String("method")).toString() != QLatin1String("sum")) {
        p.fail(trNoop("Questionnaire", "The scoring method must be “%1”."), QStringLiteral("sum"));
        return false;
    }
    if (scoring.contains(QLatin1String("multiplier"))) {
        const std::optional<int> multiplier =
            p.integer(scoring.value(QLatin1String("multiplier")), QStringLiteral("multiplier"));
        if (!p.ok())
            return false;
        if (*multiplier < 1 || *multiplier > Questionnaire::MaxMultiplier) {
            p.fail(trNoop("Questionnaire", "The score multiplier must be between 1 and 100."));
            return false;
        }
        q.multiplier = *multiplier;
    }
    const auto [rawMin, rawMax] = q.rawRange();
    const auto [derivedMin, derivedMax] = q.derivedRange();
    const auto [storeRawMin, storeRawMax] = CheckIn::rawScoreRange(q.id);
    const auto [storeDerivedMin, storeDerivedMax] = CheckIn::derivedScoreRange(q.id);
    if (rawMin != storeRawMin || rawMax != storeRawMax || derivedMin != storeDerivedMin
        || derivedMax != storeDerivedMax) {
        p.fail(trNoop("Questionnaire", "The score range of “%1” does not match the instrument."), q.id);
        return false;
    }
    return true;
}

/** An instrument's score bands, sorted; together they cover the derived range without gaps. */
bool readBands(Parser &p, const QJsonObject &root, Questionnaire &q)
{
    const QJsonArray bandArray = root.value(QLatin1String("bands")).toArray();
    if (bandArray.isEmpty() || bandArray.size() > Questionnaire::MaxOptions) {
        p.fail(trNoop("Questionnaire", "An instrument needs a list of 1 to 20 score bands."));
        return false;
    }
    for (const QJsonValue &entry : bandArray) {
        const QJsonObject object = entry.toObject();
        Questionnaire::Band band;
        const std::optional<int> min = p.integer(object.value(QLatin1String("min")), QStringLiteral("bands.min"));
        const std::optional<int> max = p.integer(object.value(QLatin1String("max")), QStringLiteral("bands.max"));
        if (!p.ok())
            return false;
        band.min = *min;
        band.max = *max;
        if (band.min > band.max) {
            p.fail(trNoop("Questionnaire", "A score band ends before it starts."));
            return false;
        }
        band.label = p.texts(object.value(QLatin1String("label")), QStringLiteral("bands.label"));
        band.description = p.texts(object.value(QLatin1String("description")), QStringLiteral("bands.description"));
        if (!p.ok())
            return false;
        q.bands.append(band);
    }
    return checkBandsCover(p, q);
}

} // namespace

Result<Questionnaire> Questionnaire::fromJson(QByteArrayView json)
{
    Parser p;
    if (json.size() > MaxFileSize) {
        p.fail(trNoop("Questionnaire", "The questionnaire file is too large."));
        return *p.error;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        p.fail(trNoop("Questionnaire", "The questionnaire file is not valid JSON."));
        return *p.error;
    }
    const QJsonObject root = document.object();
    Questionnaire q;
    if (!readHeader(p, root, q) || !readItems(p, root, q))
        return *p.error;
    if (q.kind == Kind::CheckIn) {
        if (!readCheckIn(p, root, q))
            return *p.error;
        return q;
    }
    if (!readScoring(p, root, q) || !readBands(p, root, q))
        return *p.error;
    return q;
}

std::pair<int, int> Questionnaire::rawRange() const
{
    int min = 0;
    int max = 0;
    for (const Item &item : items) {
        min += item.minValue();
        max += item.maxValue();
    }
    return {min, max};
}

std::pair<int, int> Questionnaire::derivedRange() const
{
    const auto [min, max] = rawRange();
    return {min * multiplier, max * multiplier};
}

Result<CheckIn::InstrumentResult> Questionnaire::score(const QList<int> &answers, const QString &language) const
{
    if (kind != Kind::Instrument)
        return makeError(ErrorCode::InvalidInput, trNoop("Questionnaire", "Only an instrument has a score."));
    if (answers.size() != items.size())
        return makeError(ErrorCode::InvalidInput, trNoop("Questionnaire", "Please answer every question."));
    int raw = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isValidAnswer(answers.at(i)))
            return makeError(ErrorCode::InvalidInput, trNoop("Questionnaire", "An answer is not one of the options."));
        raw += answers.at(i);
    }
    CheckIn::InstrumentResult result;
    result.instrument = id;
    result.version = version;
    result.language = requiredLanguages().contains(language) ? language : QStringLiteral("en");
    result.rawScore = raw;
    result.derivedScore = double(raw) * multiplier;
    return result;
}

const Questionnaire::Band *Questionnaire::band(double derivedScore) const
{
    for (const Band &b : bands) {
        if (derivedScore >= b.min && derivedScore <= b.max)
            return &b;
    }
    return nullptr;
}

namespace {
const QStringList &shippedIds()
{
    static const QStringList list {QString(CheckInId), QString(CaregiverCheckInId), QStringLiteral("who5"),
        QStringLiteral("phq2"), QStringLiteral("gad2")};
    return list;
}

Result<Questionnaire> readShipped(const QString &id)
{
    QFile file(QStringLiteral(":/questionnaires/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, trNoop("Questionnaire", "This questionnaire is not available."));
    return Questionnaire::fromJson(file.read(Questionnaire::MaxFileSize + 1));
}
} // namespace

const QList<Questionnaire> &loadShippedQuestionnaires()
{
    static const QList<Questionnaire> all = [] {
        QList<Questionnaire> list;
        for (const QString &id : shippedIds()) {
            Result<Questionnaire> q = readShipped(id);
            if (q)
                list.append(std::move(*q));
            else
                qWarning("Shipped questionnaire %s is invalid: %s", qPrintable(id), qPrintable(q.error().message));
        }
        return list;
    }();
    return all;
}

Result<Questionnaire> loadShipped(const QString &id)
{
    for (const Questionnaire &q : loadShippedQuestionnaires()) {
        if (q.id == id)
            return q;
    }
    if (!shippedIds().contains(id))
        return makeError(ErrorCode::NotFound, trNoop("Questionnaire", "This questionnaire is not available."));
    return readShipped(id); // reports why the shipped file is refused
}

} // namespace cc::domain
