#pragma once

#include "models/domain/audience.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace kj::ui {

class FeedAudienceCombo;

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

private:
    QLineEdit *m_comment = nullptr;
    FeedAudienceCombo *m_audience = nullptr;
};

} // namespace kj::ui
