// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "demo/demostory.h"

#include <functional>

namespace cc::demo {

/**
 * A demo story grown to a realistic size (`carecircle-cli demo --records N`): the twelve weeks
 * of the story, preceded by years of history in the same voice: Maria's daily check-in, her
 * walks, the readings of her glucose sensor (three a day, more when N asks for more than twenty
 * years of days), Els's weekly check-in, comments from the team, and the done logs of the
 * activities (up to what an activity may hold). The amounts, dates, ratings and texts depend
 * only on the story, the records asked for and the date; the ids are fresh ones (a server
 * keeps record ids, so two demo vaults must not share them).
 */
namespace demohistory {
/** Called with each batch: the profile and plan always (importRecords needs them; written again,
 *  they stay one record each), then the batch's own records. */
using BatchWriter = std::function<Status(const domain::CareRecords &)>;
/** Records the story holds on its own (the least the generator writes). */
int storyRecordCount(const DemoStory &story);
/** Writes @p story and its history, @p records records in total (at least the story's own), in
 *  batches of about @p batchSize records: the story first, then older days going back. */
Status write(DemoStory story, int records, const BatchWriter &writeBatch, int batchSize = 5000);
} // namespace demohistory

} // namespace cc::demo
