// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The errors every part of the vault reports the same way (context "Vault").

#include "common/result.h"

namespace cc::vault::detail {

inline Error ioError(TrText what)
{
    // Qt's SQL error text is kept out of the message: the user gets one plain sentence.
    return makeError(ErrorCode::Io, what);
}

inline Error wrongKey()
{
    return makeError(ErrorCode::WrongKey, trNoop("Vault", "The passphrase or key is not correct."));
}

inline Error locked()
{
    return makeError(ErrorCode::Locked, trNoop("Vault", "The vault is locked."));
}

inline Error saveFailed()
{
    return ioError(trNoop("Vault", "The vault could not be saved."));
}

inline Error readFailed()
{
    return ioError(trNoop("Vault", "The vault database could not be read."));
}

} // namespace cc::vault::detail
