// SPDX-License-Identifier: GPL-3.0-or-later
// The field readers alone (domain::detail::FieldReader through every record kind's
// fromFields, src/domain/*.cpp): the input is any CBOR value; a map is read as each kind.
// Oracle: what reads survives toFields → fromFields unchanged.
#include "fuzzsupport.h"
#include "recordroundtrip.h"

#include <QCborValue>

using namespace cc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The envelope bounds size and depth before any CBOR is parsed; so does this target.
    if (size > 64 * 1024)
        return 0;
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(fuzz::bytes(data, size), &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return 0;
    fuzz::typedRoundTrip({}, value.toMap());
    return 0;
}
