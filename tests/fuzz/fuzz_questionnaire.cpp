// SPDX-License-Identifier: GPL-3.0-or-later
// Questionnaire definitions (domain::Questionnaire::fromJson, src/domain/questionnaire.cpp).
// Oracles: a definition that validates can score its lowest and highest answers, each
// derived score in its range falls in exactly one band, and every item accepts its own
// minimum and maximum.
#include "domain/questionnaire.h"
#include "fuzzsupport.h"

using namespace cc;
using namespace cc::domain;

namespace {

void checkBands(const Questionnaire &q)
{
    const auto [low, high] = q.derivedRange();
    fuzz::check(low <= high, "the derived range is ordered");
    // Bands cover the range without gaps or overlaps; sample it (ranges can be large).
    const qint64 span = qint64(high) - low;
    const qint64 step = std::max<qint64>(1, span / 200);
    for (qint64 score = low; score <= high; score += step) {
        int holding = 0;
        for (const Questionnaire::Band &band : q.bands)
            holding += band.min <= score && score <= band.max ? 1 : 0;
        fuzz::check(holding == 1 && q.band(double(score)), "each derived score lies in exactly one band");
    }
}

void checkScores(const Questionnaire &q)
{
    QList<int> lowest, highest;
    for (const Questionnaire::Item &item : q.items) {
        fuzz::check(item.isValidAnswer(item.minValue()) && item.isValidAnswer(item.maxValue()),
            "an item accepts its own bounds");
        lowest.append(item.minValue());
        highest.append(item.maxValue());
    }
    auto low = q.score(lowest, QStringLiteral("en"));
    auto high = q.score(highest, QStringLiteral("en"));
    fuzz::check(low.ok() && high.ok(), "an instrument scores its lowest and highest answers");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto q = Questionnaire::fromJson(fuzz::bytes(data, size));
    if (!q)
        return 0;
    fuzz::check(!q->items.isEmpty() && q->items.size() <= Questionnaire::MaxItems, "item count in bounds");
    for (const QString &language : Questionnaire::requiredLanguages())
        fuzz::check(!Questionnaire::pick(q->title, language).isEmpty(), "a title in every language");
    if (q->kind == Questionnaire::Kind::Instrument) {
        checkBands(*q);
        checkScores(*q);
    }
    return 0;
}
