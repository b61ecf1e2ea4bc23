// SPDX-License-Identifier: MIT
// The engine and worker value types that travel through Qt signals, declared to Qt's meta-type
// system once, before any moc-generated code instantiates them.
#pragma once

#include "app/worker/snapshot.h"
#include "engine/generation.h"
#include "engine/session.h"

#include <QMetaType>

Q_DECLARE_METATYPE(rnnlab::Session)
Q_DECLARE_METATYPE(rnnlab::SnapshotPtr)
Q_DECLARE_METATYPE(rnnlab::GenerationOptions)
