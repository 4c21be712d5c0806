#pragma once

#include <QLabel>

namespace kj::ui {

//! A one-line label that shows as much of its text as fits, with "…" where it is cut, and the whole text
//! as its tooltip when cut.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    [[nodiscard]] QString fullText() const { return m_text; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_text;
};

} // namespace kj::ui
