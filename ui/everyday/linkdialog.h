#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kj::ui {

//! Asks for a link's words and address (Ctrl+K in the diary editor). An address without a scheme gets
//! https://; only http(s) and mailto links are accepted, since a diary is read by others.
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LinkDialog(QWidget *parent = nullptr);

    void setText(const QString &text);
    void setUrl(const QUrl &url);
    [[nodiscard]] QString text() const;
    //! The address as it will be written, or an invalid URL when it is not one a diary may hold.
    [[nodiscard]] QUrl url() const;

    //! `typed` as a link address (https:// added when it has no scheme), or an invalid URL.
    [[nodiscard]] static QUrl parseAddress(const QString &typed);

    [[nodiscard]] QLineEdit *textField() const { return m_text; }
    [[nodiscard]] QLineEdit *urlField() const { return m_url; }

private:
    void updateOk();

    QLineEdit *m_text = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kj::ui
