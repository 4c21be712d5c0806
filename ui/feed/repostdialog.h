#pragma once

#include "models/domain/audience.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace kj::ui {

class AudiencePicker;

//! Asks what to say when reposting (转发) an entry of the feed, and to whom.
class RepostDialog : public QDialog
{
    Q_OBJECT

public:
    //! `author` and `excerpt` tell which entry is passed on.
    RepostDialog(const QString &author, const QString &excerpt, QWidget *parent = nullptr);

    [[nodiscard]] QString comment() const;
    [[nodiscard]] kj::Audience audience() const;
    [[nodiscard]] QLineEdit *commentEdit() const { return m_comment; }
    [[nodiscard]] AudiencePicker *audiencePicker() const { return m_audience; }

private:
    QLineEdit *m_comment = nullptr;
    AudiencePicker *m_audience = nullptr;
};

} // namespace kj::ui
