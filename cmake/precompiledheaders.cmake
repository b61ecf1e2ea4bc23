# SPDX-License-Identifier: MIT
# Precompiled headers, for the build time of CI (a clean clone builds everything twice: plain and
# under ASan). Every UI file and every test parses the same Qt and Eigen headers before a line of
# ours: a file including only <QWidget>, <QString> and <QPainter> takes 3.7 s at -O3, and 1.0 s with
# them precompiled; there are some 300 such files per build tree.
#
# Three header sets, each compiled once per build tree:
#   - `ui` precompiles its own (it compiles with QT_NO_CAST_FROM_ASCII, which the Qt headers test,
#     so it cannot share the tests' PCH);
#   - rnnlab_pch_widgets (QtWidgets, QtGui, QtCore, Eigen, the standard library), reused by the
#     tests that link `ui` and by the window's main;
#   - rnnlab_pch_core (QtCore, Eigen, the standard library), reused by the other tests.
# QtTest's headers stay out: they test QT_TESTCASE_BUILDDIR, which Qt defines differently for every
# test, so GCC would refuse a shared PCH. GCC refuses a PCH built with other options or macros that
# its headers test, and says so (-Winvalid-pch, which CMake adds): such a file is compiled without
# it, correctly but slower. The engine keeps none: it is small, and its -ffp-contract=off is a
# parity promise not worth entangling.
#
# -DRNNLAB_PCH=OFF builds without (the clang fuzz build always does).
option(RNNLAB_PCH "Precompile the Qt and Eigen headers that the UI and the tests include" ON)
if(RNNLAB_FUZZ)
    set(RNNLAB_PCH OFF)
endif()

set(RNNLAB_PCH_STD <algorithm> <array> <cmath> <cstdint> <functional> <map> <memory> <optional> <string>
                   <utility> <vector>)
set(RNNLAB_PCH_CORE <Eigen/Core> <QtCore/QObject> <QtCore/QString> <QtCore/QStringList> <QtCore/QCoreApplication>
                    <QtCore/QFile> <QtCore/QDir> <QtCore/QJsonArray> <QtCore/QJsonDocument> <QtCore/QJsonObject>
                    <QtCore/QRegularExpression> <QtCore/QTemporaryDir> <QtCore/QTimer> <QtCore/QVariant>)
set(RNNLAB_PCH_WIDGETS <QtGui/QAction> <QtGui/QImage> <QtGui/QPainter> <QtWidgets/QApplication>
                       <QtWidgets/QBoxLayout> <QtWidgets/QComboBox> <QtWidgets/QDockWidget> <QtWidgets/QLabel>
                       <QtWidgets/QMainWindow> <QtWidgets/QPushButton> <QtWidgets/QScrollArea>
                       <QtWidgets/QScrollBar> <QtWidgets/QSpinBox> <QtWidgets/QWidget>)

# A target that compiles one of the header sets for others to reuse (target_precompile_headers
# REUSE_FROM). It links only what its headers need, so that its macros are a subset of every
# user's (QT_TESTLIB_LIB and the like, which these headers never test, may come on top).
function(rnnlab_pch_provider name)
    cmake_parse_arguments(ARG "" "" "HEADERS;LIBS" ${ARGN})
    set(source ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp)
    file(CONFIGURE OUTPUT ${source} CONTENT "// Generated: compiles ${name}'s precompiled headers.\n")
    add_library(${name} STATIC ${source})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS})
    target_precompile_headers(${name} PRIVATE ${ARG_HEADERS})
endfunction()

# Gives `target` the precompiled headers of `provider` (nothing when RNNLAB_PCH is off).
function(rnnlab_reuse_pch target provider)
    if(RNNLAB_PCH)
        target_precompile_headers(${target} REUSE_FROM ${provider})
    endif()
endfunction()
