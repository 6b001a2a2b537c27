// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordproof.h"

#include "crypto/sha256.h"
#include "proofs.h"

#include <QtEndian>

namespace cc::protocol::recordproof {

namespace {

// Domain separation: a leaf can never be read as an inner node, nor a root as a record.
constexpr QByteArrayView LeafLabel("carecircle/record-leaf/v1\0", 26);
constexpr QByteArrayView NodeLabel("carecircle/record-node/v1\0", 26);
constexpr QByteArrayView RootLabel("carecircle/record-tree/v1\0", 26);

QByteArray leaf(QByteArrayView sealed)
{
    return crypto::sha256({LeafLabel, sealed});
}

QByteArray node(QByteArrayView left, QByteArrayView right)
{
    return crypto::sha256({NodeLabel, left, right});
}

QByteArray u16(int value)
{
    QByteArray out(2, Qt::Uninitialized);
    qToBigEndian(quint16(value), out.data());
    return out;
}

QByteArray rootMessage(QByteArrayView root, QByteArrayView count)
{
    QByteArray message = RootLabel.toByteArray();
    message.append(root);
    message.append(count);
    return message;
}

/** Every level of the tree, leaves first; an odd last node moves up unchanged. */
QList<QList<QByteArray>> levels(const QList<QByteArray> &sealed)
{
    QList<QList<QByteArray>> all;
    QList<QByteArray> level;
    level.reserve(sealed.size());
    for (const QByteArray &s : sealed)
        level.append(leaf(s));
    all.append(level);
    while (all.last().size() > 1) {
        const QList<QByteArray> &below = all.last();
        QList<QByteArray> up;
        for (qsizetype i = 0; i < below.size(); i += 2)
            up.append(i + 1 < below.size() ? node(below.at(i), below.at(i + 1)) : below.at(i));
        all.append(up);
    }
    return all;
}

} // namespace

std::optional<PushTree> PushTree::of(const QList<QByteArray> &sealed)
{
    if (sealed.isEmpty() || sealed.size() > MaxLeaves)
        return std::nullopt;
    PushTree tree;
    tree.m_count = sealed.size();
    if (sealed.size() == 1) {
        tree.m_message = proofs::recordSignatureMessage(sealed.first());
        return tree;
    }
    tree.m_levels = levels(sealed);
    tree.m_message = rootMessage(tree.m_levels.last().first(), u16(int(sealed.size())));
    return tree;
}

QList<QByteArray> PushTree::proofs(QByteArrayView signature) const
{
    if (m_count == 1)
        return {signature.toByteArray()};
    const QByteArray head = signature.toByteArray() + u16(int(m_count));
    QList<QByteArray> out;
    out.reserve(m_count);
    for (qsizetype index = 0; index < m_count; ++index) {
        QByteArray proof = head + u16(int(index));
        qsizetype pos = index;
        for (qsizetype level = 0; level + 1 < m_levels.size(); ++level, pos /= 2) {
            if ((pos ^ 1) < m_levels.at(level).size())
                proof.append(m_levels.at(level).at(pos ^ 1));
        }
        out.append(proof);
    }
    return out;
}

Result<QList<QByteArray>> sign(const crypto::SecureBuffer &signSecret, const QList<QByteArray> &sealed)
{
    const std::optional<PushTree> tree = PushTree::of(sealed);
    if (!tree)
        // Callers push in chunks well below the limit; the server's wording for a push over it.
        return makeError(ErrorCode::InvalidInput, trNoop("Sync", "The server refused a change that is too large."));
    auto sig = proofs::sign(signSecret, tree->message());
    if (!sig)
        return sig.error();
    return tree->proofs(*sig);
}

std::optional<SignedPart> signedPart(QByteArrayView sealed, QByteArrayView proof)
{
    if (proof.size() == SignatureSize)
        return SignedPart {proofs::recordSignatureMessage(sealed), proof};
    if (proof.size() < SignatureSize + 4 || proof.size() > MaxProofSize)
        return std::nullopt;
    const QByteArrayView count = proof.sliced(SignatureSize, 2);
    const int leaves = qFromBigEndian<quint16>(count.data());
    qsizetype pos = qFromBigEndian<quint16>(proof.data() + SignatureSize + 2);
    // One record is signed plainly, so a tree of one leaf is refused: one proof per record.
    if (leaves < 2 || leaves > MaxLeaves || pos >= leaves)
        return std::nullopt;
    QByteArrayView siblings = proof.sliced(SignatureSize + 4);
    QByteArray hash = leaf(sealed);
    for (qsizetype width = leaves; width > 1; width = (width + 1) / 2, pos /= 2) {
        if ((pos ^ 1) >= width)
            continue; // the odd last node moves up unchanged
        if (siblings.size() < HashSize)
            return std::nullopt;
        const QByteArrayView sibling = siblings.first(HashSize);
        hash = (pos & 1) ? node(sibling, hash) : node(hash, sibling);
        siblings = siblings.sliced(HashSize);
    }
    if (!siblings.isEmpty())
        return std::nullopt;
    return SignedPart {rootMessage(hash, count), proof.first(SignatureSize)};
}

} // namespace cc::protocol::recordproof
