// SPDX-License-Identifier: GPL-3.0-or-later
// A record's plaintext as another device wrote it: the CBOR envelope
// (domain::RecordEnvelope::decode, src/domain/envelope.cpp) and then the typed record it holds
// (each kind's fromFields through its FieldReader). Oracles: a decoded envelope encodes and
// decodes to an equal one, and the typed record read from it survives toFields → fromFields;
// the byte-level check in front of the CBOR parser (domain::cborscan) judges the input as
// the QCborStreamReader walk it replaced does; and the direct reader of progress entries and
// check-ins (domain::fastdecode), where it reads the input, reads what decode() and
// fromFields read (cborreference.h).
#include "cborreference.h"
#include "domain/activity.h"
#include "domain/careplan.h"
#include "domain/careteammember.h"
#include "domain/cborscan.h"
#include "domain/checkin.h"
#include "domain/comment.h"
#include "domain/conflictcopy.h"
#include "domain/envelope.h"
#include "domain/goal.h"
#include "domain/patientprofile.h"
#include "domain/progressentry.h"
#include "domain/spaceinfo.h"
#include "fuzzsupport.h"
#include "recordroundtrip.h"

using namespace cc;
using namespace cc::domain;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    {
        // UTF-8 is left to fromCbor (the walk checked it as well): compare what decode() sees.
        constexpr int Depth = RecordEnvelope::MaxNestingDepth;
        const auto builds = [&input] {
            QCborParserError error;
            (void)QCborValue::fromCbor(input, &error);
            return error.error == QCborError::NoError;
        };
        const bool scanned = cborscan::isAcceptable(input, Depth) && builds();
        const bool walked = fuzz::referenceAcceptsCbor(input, Depth) && builds();
        fuzz::check(scanned == walked, "the byte-level scan judges CBOR as the stream reader walk does");
        int taken = 0;
        fuzz::check(fuzz::fastReadsAsTheGeneralPath(input, taken),
            "the direct reader of progress and check-ins reads what the general path reads");
    }
    auto envelope = RecordEnvelope::decode(input);
    if (!envelope)
        return 0;
    auto again = RecordEnvelope::decode(envelope->encode());
    fuzz::check(again && *again == *envelope, "an envelope survives encode and decode");
    fuzz::check(!envelope->created.isNull() && !(envelope->latestStamp() < envelope->created),
        "an envelope's latest stamp is at least its creation stamp");
    fuzz::typedRoundTrip(envelope->kind, envelope->fields);
    return 0;
}
