// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/core/qrcodeitem.h"

#include <QQuickWindow>
#include <QSGImageNode>

#include <qrencode.h>

namespace cc::app {

namespace {
constexpr int QuietZone = 4; // modules of white around the code, as the standard asks
}

QrCodeItem::QrCodeItem(QQuickItem *parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_modules = QImage();
    if (!text.isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        QRcode *code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
        if (code) {
            const int side = code->width + 2 * QuietZone;
            m_modules = QImage(side, side, QImage::Format_Mono);
            m_modules.fill(0);
            for (int y = 0; y < code->width; ++y) {
                for (int x = 0; x < code->width; ++x) {
                    if (code->data[y * code->width + x] & 1)
                        m_modules.setPixel(x + QuietZone, y + QuietZone, 1);
                }
            }
            QRcode_free(code);
        }
    }
    Q_EMIT textChanged();
    update();
}

void QrCodeItem::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    Q_EMIT colorChanged();
    update();
}

QSGNode *QrCodeItem::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    auto *node = static_cast<QSGImageNode *>(oldNode);
    if (m_modules.isNull() || width() <= 0 || height() <= 0) {
        delete node;
        return nullptr;
    }
    if (!node) {
        node = window()->createImageNode();
        node->setFiltering(QSGTexture::Nearest);
        node->setOwnsTexture(true);
    }
    // Light modules white, dark modules in the chosen colour; one texel per module.
    QImage coloured(m_modules.size(), QImage::Format_ARGB32);
    for (int y = 0; y < m_modules.height(); ++y) {
        for (int x = 0; x < m_modules.width(); ++x)
            coloured.setPixel(x, y, m_modules.pixelIndex(x, y) ? m_color.rgb() : qRgb(255, 255, 255));
    }
    node->setTexture(window()->createTextureFromImage(coloured));
    const qreal side = qMin(width(), height());
    node->setRect(QRectF((width() - side) / 2, (height() - side) / 2, side, side));
    return node;
}

} // namespace cc::app
