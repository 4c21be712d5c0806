#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QVBoxLayout;

namespace kj::ui {

//! One module of a space's home: a titled card of a few lines. When clickable, a click, Enter or Space
//! emits activated() (it opens the module's page).
class SpaceCard : public QFrame
{
    Q_OBJECT

public:
    SpaceCard(const QString &module, const QString &iconName, const QString &title, QWidget *parent = nullptr);

    [[nodiscard]] QString module() const { return m_module; }
    //! The count or note after the title ("12 diaries").
    void setMeta(const QString &meta);
    void setClickable(bool clickable);
    [[nodiscard]] bool isClickable() const { return m_clickable; }
    //! The layout the card's lines go into.
    [[nodiscard]] QVBoxLayout *body() const { return m_body; }
    //! Adds one line of text (elided to the card's width by the label's own wrapping); returns it.
    QLabel *addLine(const QString &text, const QString &objectName = QStringLiteral("cardLine"));

Q_SIGNALS:
    void activated(const QString &module);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_module;
    QLabel *m_meta = nullptr;
    QVBoxLayout *m_body = nullptr;
    bool m_clickable = false;
};

} // namespace kj::ui
