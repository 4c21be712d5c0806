#pragma once

#include "models/domain/album.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kj::ui {

class AudiencePicker;

//! Asks for an album's title, description and audience: a new album, or changes to one of mine.
class AlbumDialog : public QDialog
{
    Q_OBJECT

public:
    //! `album` with an empty id: a new one.
    explicit AlbumDialog(const kj::Album &album, QWidget *parent = nullptr);

    //! The album with what was entered.
    [[nodiscard]] kj::Album album() const;

    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QPlainTextEdit *descriptionEdit() const { return m_description; }
    [[nodiscard]] AudiencePicker *audiencePicker() const { return m_audience; }

private:
    void updateState();

    kj::Album m_album;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    AudiencePicker *m_audience = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kj::ui
