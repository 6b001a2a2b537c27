// SPDX-License-Identifier: GPL-3.0-or-later
// Member lists as an owner uploads them and members download them
// (sharing::decodeMemberList, src/protocol/sharing.cpp). Oracle: the strict parse accepts
// only canonical bytes, so encoding what it read gives the input back; and the list it
// returns keeps the rules the decoder promises (one owner, sorted unique accounts).
#include "fuzzsupport.h"
#include "protocol/sharing.h"

#include <limits>

using namespace cc;
using namespace cc::protocol::sharing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    auto list = decodeMemberList(input);
    if (!list)
        return 0;
    fuzz::check(encodeMemberList(*list) == input, "a decoded member list encodes to the same bytes");
    int owners = 0;
    for (qsizetype i = 0; i < list->members.size(); ++i) {
        const MemberEntry &entry = list->members.at(i);
        fuzz::check(
            entry.account.size() == 16 && entry.signPub.size() == 32 && entry.boxPub.size() == 32, "entry sizes");
        fuzz::check(i == 0 || list->members.at(i - 1).account < entry.account, "accounts sorted and unique");
        owners += entry.role == Role::Owner ? 1 : 0;
        fuzz::check(!roleCode(entry.role).isEmpty(), "every role is a known one");
    }
    fuzz::check(owners == 1 && list->find(list->owner) && list->find(list->owner)->role == Role::Owner,
        "exactly one owner, the list's");
    fuzz::check(list->isActive(list->owner, std::numeric_limits<qint64>::max()), "the owner never expires");
    return 0;
}
