// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QQuickItem>

namespace cc::app {

/**
 * Draws @c text as a QR code (libqrencode, error correction M) with a quiet zone, scaled
 * to the item with sharp modules (a texture drawn with nearest-neighbour filtering). Used for the device-link code; the
 * text is held only as long as the item shows it.
 */
class QrCodeItem : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY textChanged)
public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    bool isValid() const { return !m_modules.isNull(); }
    /** Modules per side including the quiet zone (0 without text). */
    int moduleCount() const { return m_modules.width(); }
    /** The code, one pixel per module (index 1 = dark), for tests. */
    QImage modules() const { return m_modules; }

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *) override;

Q_SIGNALS:
    void textChanged();
    void colorChanged();

private:
    QString m_text;
    QColor m_color = Qt::black;
    QImage m_modules; ///< one pixel per module, Format_Mono
};

} // namespace cc::app
