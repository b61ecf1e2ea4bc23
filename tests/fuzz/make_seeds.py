#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Writes the hand-made seed inputs of the session fuzzer into tests/data/fuzz/seeds/: valid
# sessions of every kind (with weights and optimizer state too) and malformed ones — broken JSON,
# deep nesting, huge and negative sizes, NaN/Inf as numbers and as strings, weights of the wrong
# shape, invalid UTF-8, control characters, emoji, long strings. Deterministic: running it again
# writes the same files. The seeds are inputs, not expectations: tst_fuzzregressions replays each
# through the harness, which checks that rnnlab refuses or handles it cleanly.
#   tests/fuzz/make_seeds.py [OUTPUT_DIR]
import json
import math
import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data", "fuzz", "seeds")
os.makedirs(out, exist_ok=True)
rng = random.Random(8)


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


def session(cell="rnn_tanh", hidden=4, layers=1, output=False, texts=("hello",), vocabulary=None,
            optimizer="adam", lr=0.1, seed=0, steps=10, clip=None, momentum=0.0):
    data = {"texts": list(texts)}
    if vocabulary is not None:
        data["vocabulary"] = vocabulary
    return {"format": "rnnlab-session", "version": 1,
            "model": {"cell": cell, "hidden_size": hidden, "num_layers": layers, "output_layer": output},
            "data": data,
            "training": {"optimizer": optimizer, "learning_rate": lr, "seed": seed, "steps": steps,
                         "clip_grad_norm": clip, "momentum": momentum}}


def vocabulary_of(texts):
    seen = []
    for text in texts:
        for c in text:
            if c not in seen:
                seen.append(c)
    return seen


def shapes(cell, hidden, layers, output, V):
    G = {"rnn_tanh": 1, "rnn_relu": 1, "lstm": 4, "gru": 3}[cell]
    tensors = []
    for l in range(layers):
        inputs = V if l == 0 else hidden
        tensors += [(f"rnn.weight_ih_l{l}", [G * hidden, inputs]), (f"rnn.weight_hh_l{l}", [G * hidden, hidden]),
                    (f"rnn.bias_ih_l{l}", [G * hidden]), (f"rnn.bias_hh_l{l}", [G * hidden])]
    if output:
        tensors += [("fc.weight", [V, hidden]), ("fc.bias", [V])]
    return tensors


def values(shape, scale=0.5, positive=False):
    def one():
        v = round(rng.uniform(-scale, scale), 6)
        return abs(v) if positive else v
    if len(shape) == 1:
        return [one() for _ in range(shape[0])]
    return [[one() for _ in range(shape[1])] for _ in range(shape[0])]


def with_weights(s, optimizer_state=False):
    m = s["model"]
    V = len(s["data"].get("vocabulary") or vocabulary_of(s["data"]["texts"]))
    tensors = shapes(m["cell"], m["hidden_size"], m["num_layers"], m["output_layer"], V)
    s["weights"] = {name: values(shape) for name, shape in tensors}
    if optimizer_state:
        state = {}
        for i, (name, shape) in enumerate(tensors):
            if s["training"]["optimizer"] == "adam":
                state[str(i)] = {"step": 3.0, "exp_avg": values(shape, 0.01),
                                 "exp_avg_sq": values(shape, 0.001, positive=True)}
            else:
                state[str(i)] = {"momentum_buffer": values(shape, 0.01)}
        s["optimizer_state"] = {"steps_taken": 3, "state": state}
    return s


def dump(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=True)


# Valid sessions of every kind.
write("valid_lecture.json", dump(session()))
write("valid_lecture_compact.json", dump(session(), indent=None))
write("valid_relu_sgd_momentum_clip.json",
      dump(session(cell="rnn_relu", optimizer="sgd", lr=0.5, momentum=0.9, clip=1.0)))
write("valid_lstm_fc_two_texts.json",
      dump(session(cell="lstm", hidden=6, output=True, texts=["hello", "world"], seed=7)))
write("valid_gru_three_layers.json", dump(session(cell="gru", hidden=5, layers=3, output=True, seed=-3)))
write("valid_unicode_emoji_vocabulary.json",
      dump(session(hidden=8, output=True, texts=["héllo 한🙂", "🙂🙃"], vocabulary="🙃🙂한 oléhx")))
write("valid_control_characters.json",
      dump(session(hidden=6, output=True, texts=["a\u0000b\u0001\n\t\u007f", "\u200b\u202e\ufeffz"])))
write("valid_combining_and_rtl.json",
      dump(session(hidden=3, output=True, texts=["e\u0301e\u0301", "שלום"])))
write("valid_with_weights.json", dump(with_weights(session())))
write("valid_with_weights_adam_state.json", dump(with_weights(session(texts=["hello", "hola"], hidden=5), True)))
write("valid_with_weights_sgd_state.json",
      dump(with_weights(session(cell="lstm", hidden=3, output=True, optimizer="sgd", momentum=0.5), True)))
write("valid_gru_fc_weights.json", dump(with_weights(session(cell="gru", hidden=2, layers=2, output=True), True)))
write("valid_lr_zero_huge_seed.json", dump(session(lr=0, seed=9223372036854775807, steps=0)))
write("valid_tiny_numbers.json", dump(session(lr=5e-324, clip=1e-300)))
write("valid_negative_zero.json", dump(session(lr=-0.0, momentum=-0.0)))
write("valid_lr_huge_diverges.json", dump(session(lr=1e30, optimizer="sgd")))
write("valid_relu_explodes.json", dump(with_weights(session(cell="rnn_relu", optimizer="sgd", lr=1e20))))

# Not JSON, or not a session.
for name, text in [("empty", ""), ("null", "null"), ("array", "[]"), ("object", "{}"), ("number", "1"),
                   ("string", '"rnnlab-session"'), ("truncated", dump(session())[:97]),
                   ("trailing_garbage", dump(session()) + "}{"), ("bom", "\ufeff" + dump(session())),
                   ("single_quotes", dump(session()).replace('"', "'")), ("comment", "// x\n" + dump(session()))]:
    write(f"notjson_{name}.json", text)

# Deep nesting.
write("nesting_arrays_2000.json", "[" * 2000 + "]" * 2000)
write("nesting_objects_1500.json", '{"a":' * 1500 + "1" + "}" * 1500)
compact = dump(session(), indent=None)
write("nesting_in_model.json", compact.replace('"model": {', '"model": ' + "[" * 1100 + "]" * 1100 + ', "x": {', 1))
write("nesting_in_weights.json",
      compact[:-1] + ', "weights": {"rnn.bias_ih_l0": ' + "[" * 60 + "1" + "]" * 60 + "}}")

# Sizes: huge, negative, fractional, beyond 64 bits.
for name, field, value in [("hidden_huge", "hidden_size", 10 ** 12), ("hidden_negative", "hidden_size", -4),
                           ("hidden_2p63", "hidden_size", 2 ** 63), ("hidden_fraction", "hidden_size", 4.5),
                           ("hidden_1025", "hidden_size", 1025), ("layers_huge", "num_layers", 2 ** 31),
                           ("layers_negative", "num_layers", -1), ("layers_9", "num_layers", 9)]:
    s = session()
    s["model"][field] = value
    write(f"size_{name}.json", dump(s))
for name, field, value in [("steps_negative", "steps", -1), ("steps_1e30", "steps", 1e30),
                           ("seed_2p64", "seed", 2 ** 64), ("seed_minus_2p63", "seed", -2 ** 63),
                           ("seed_2p63", "seed", 2 ** 63), ("seed_exponent", "seed", 1e18)]:
    s = session()
    s["training"][field] = value
    write(f"size_{name}.json", dump(s))
write("size_too_much_memory.json",
      dump(session(cell="lstm", hidden=1024, layers=8, output=True, texts=["ab" * 2000])))
write("size_vocabulary_4097.json",
      dump(session(hidden=8, output=True, texts=["".join(chr(0x4e00 + i) for i in range(4097))])))

# NaN and infinity: as JSON extensions (not JSON), as strings, as overflowing literals.
for field, literal in [("learning_rate", "0.1"), ("momentum", "0.0"), ("clip_grad_norm", "null")]:
    for name, token in [("nan", "NaN"), ("inf", "Infinity"), ("minus_inf", "-Infinity")]:
        write(f"nonfinite_{field}_{name}.json", dump(session()).replace(f'"{field}": {literal}', f'"{field}": {token}', 1))
    s = session()
    s["training"][field] = "NaN"
    write(f"nonfinite_{field}_string.json", dump(s))
write("nonfinite_lr_1e400.json", dump(session()).replace('"learning_rate": 0.1', '"learning_rate": 1e400'))
write("nonfinite_lr_minus_1e400.json", dump(session()).replace('"learning_rate": 0.1', '"learning_rate": -1e400'))
s = with_weights(session())
s["weights"]["rnn.bias_hh_l0"][1] = 1e39
write("nonfinite_weight_overflows_float.json", dump(s))
s = with_weights(session())
s["weights"]["rnn.bias_ih_l0"][0] = float("nan")
write("nonfinite_weight_nan.json", dump(s))
s = with_weights(session(), True)
s["optimizer_state"]["state"]["0"]["exp_avg_sq"][0][0] = -1.0
write("state_negative_exp_avg_sq.json", dump(s))
s = with_weights(session(), True)
s["optimizer_state"]["state"]["1"]["step"] = 0.5
write("state_fractional_step.json", dump(s))
s = with_weights(session(), True)
del s["optimizer_state"]["state"]["2"]
write("state_gap.json", dump(s))
s = with_weights(session(optimizer="sgd"), True)
write("state_sgd_without_momentum.json", dump(s))
s = session()
s["optimizer_state"] = {"steps_taken": 2, "state": {}}
write("state_without_weights.json", dump(s))

# Weights of the wrong shape.
base = with_weights(session())
for name, tensor, value in [("bias_as_matrix", "rnn.bias_ih_l0", [[0.1, 0.2, 0.3, 0.4]]),
                            ("matrix_as_bias", "rnn.weight_hh_l0", [0.1] * 16),
                            ("matrix_ragged", "rnn.weight_hh_l0", [[0.1] * 4, [0.1] * 2, [0.1] * 4, [0.1] * 4]),
                            ("matrix_3d", "rnn.weight_hh_l0", [[[0.1] * 4] * 4] * 4),
                            ("empty", "rnn.bias_ih_l0", []), ("empty_rows", "rnn.weight_hh_l0", [[]]),
                            ("transposed", "rnn.weight_ih_l0", [[0.1] * 4] * 4 + [[0.1] * 4]),
                            ("number", "rnn.bias_hh_l0", 0.5), ("strings", "rnn.bias_hh_l0", ["0.1"] * 4),
                            ("object", "rnn.bias_hh_l0", {"0": 0.1}), ("nulls", "rnn.bias_hh_l0", [None] * 4),
                            ("unknown_name", "rnn.weight_ih_l7", [[0.1] * 4] * 4),
                            ("fc_without_output_layer", "fc.bias", [0.1] * 4)]:
    s = json.loads(json.dumps(base))
    s["weights"][tensor] = value
    write(f"shape_{name}.json", dump(s))
s = json.loads(json.dumps(base))
del s["weights"]["rnn.bias_hh_l0"]
write("shape_missing_tensor.json", dump(s))
s = json.loads(json.dumps(base))
s["weights"] = [1, 2]
write("shape_weights_list.json", dump(s))
write("shape_duplicate_key.json",
      dump(base).replace('"rnn.bias_hh_l0"', '"rnn.bias_hh_l0": [1, 2], "rnn.bias_hh_l0"', 1))

# Invalid UTF-8 and Unicode edge cases.
valid = dump(session(hidden=8, output=True, texts=["héllo"])).encode("utf-8")
for name, bad in [("lone_continuation", b"\x80"), ("truncated_sequence", b"\xc3"), ("overlong_slash", b"\xc0\xaf"),
                  ("surrogate_in_utf8", b"\xed\xa0\x80"), ("above_10ffff", b"\xf4\x90\x80\x80"), ("byte_ff", b"\xff"),
                  ("overlong_nul", b"\xc0\x80")]:
    write(f"utf8_{name}.json", valid.replace("é".encode("utf-8"), bad, 1))
write("utf8_lone_surrogate_escape.json", dump(session(hidden=8, output=True)).replace("hello", "he\\ud800llo"))
write("utf8_reversed_surrogates.json", dump(session(hidden=8, output=True)).replace("hello", "he\\udc00\\ud800llo"))
write("utf8_escaped_emoji_pair.json", dump(session(hidden=5, output=True)).replace("hello", "\\ud83d\\ude42hello"))
write("utf8_escaped_nul_in_key.json", dump(session()).replace('"cell"', '"ce\\u0000ll"'))

# Long strings and many elements (the fuzzer truncates inputs to its -max_len; the replay test
# reads them whole; tst_fuzzregressions builds the truly enormous ones in code).
write("long_text_30000.json",
      dump(session(hidden=4, output=True, texts=["".join(rng.choice("abc ") for _ in range(30000))])))
write("long_cell_name.json", dump(session(cell="x" * 20000)))
write("long_unknown_key.json", dump(session()).replace('"model"', '"' + "k" * 20000 + '": 1, "model"', 1))
write("many_texts.json", dump(session(hidden=3, output=True, texts=["ab"] * 3000), indent=None))
write("many_unknown_keys.json", dump(session()).replace('"format"', "".join(f'"u{i}": {i}, ' for i in range(1500))
                                                        + '"format"', 1))

# Wrong types and values of the small fields.
for name, path, value in [("format_wrong", ("format",), "rnnlab-trace"), ("format_number", ("format",), 1),
                          ("version_2", ("version",), 2), ("version_zero", ("version",), 0),
                          ("version_string", ("version",), "1"), ("version_fraction", ("version",), 1.5),
                          ("cell_unknown", ("model", "cell"), "transformer"), ("cell_null", ("model", "cell"), None),
                          ("output_layer_string", ("model", "output_layer"), "yes"),
                          ("texts_string", ("data", "texts"), "hello"), ("texts_empty", ("data", "texts"), []),
                          ("text_one_character", ("data", "texts"), ["h"]), ("text_number", ("data", "texts"), [5]),
                          ("vocabulary_lacks", ("data", "vocabulary"), "hel"),
                          ("vocabulary_repeats", ("data", "vocabulary"), "helol"),
                          ("vocabulary_list", ("data", "vocabulary"), ["h", "e"]),
                          ("optimizer_unknown", ("training", "optimizer"), "rmsprop"),
                          ("lr_negative", ("training", "learning_rate"), -0.1),
                          ("momentum_negative", ("training", "momentum"), -0.5),
                          ("clip_zero", ("training", "clip_grad_norm"), 0),
                          ("model_list", ("model",), [1]), ("training_missing", ("training",), None)]:
    s = session()
    target = s
    for key in path[:-1]:
        target = target[key]
    if value is None and name.endswith("missing"):
        del target[path[-1]]
    else:
        target[path[-1]] = value
    write(f"field_{name}.json", dump(s))

# Many-to-one classification (a top-level "task": "classify", one label per text in data.labels,
# an optional class order in data.classes): valid classifiers of every cell, with weights sized
# for the classes (fc: O × H, O = the number of classes), and the ways such a file can be wrong.
def classifier(cell="gru", hidden=3, layers=1, output=True, texts=("good", "bad", "ok"),
               labels=("pos", "neg", "pos"), classes=None, **training):
    s = session(cell=cell, hidden=hidden, layers=layers, output=output, texts=texts, **training)
    s = {"format": s["format"], "version": s["version"], "task": "classify", **{k: s[k] for k in ("model", "data", "training")}}
    s["data"]["labels"] = list(labels)
    if classes is not None:
        s["data"]["classes"] = list(classes)
    return s


def classifier_weights(s, optimizer_state=False):
    m = s["model"]
    O = len(s["data"].get("classes") or dict.fromkeys(s["data"]["labels"]))
    V = len(s["data"].get("vocabulary") or vocabulary_of(s["data"]["texts"]))
    tensors = shapes(m["cell"], m["hidden_size"], m["num_layers"], False, V)
    if m["output_layer"]:
        tensors += [("fc.weight", [O, m["hidden_size"]]), ("fc.bias", [O])]
    s["weights"] = {name: values(shape) for name, shape in tensors}
    if optimizer_state:
        s["optimizer_state"] = {"steps_taken": 2, "state": {
            str(i): ({"step": 2.0, "exp_avg": values(shape, 0.01), "exp_avg_sq": values(shape, 0.001, positive=True)}
                     if s["training"]["optimizer"] == "adam" else {"momentum_buffer": values(shape, 0.01)})
            for i, (name, shape) in enumerate(tensors)}}
    return s


write("classify_gru_fc.json", dump(classifier()))
write("classify_lstm_l2_classes_order.json",
      dump(classifier(cell="lstm", hidden=4, layers=2, classes=["neg", "pos", "meh"], optimizer="sgd", momentum=0.9,
                      clip=1.0)))
write("classify_rnn_no_fc.json", dump(classifier(cell="rnn_tanh", hidden=2, output=False)))
write("classify_relu_one_character_texts.json",
      dump(classifier(cell="rnn_relu", hidden=3, output=False, texts=["a", "b", "c"], labels=["x", "y", "z"])))
write("classify_unicode_labels.json",
      dump(classifier(texts=["ça va 🙂", "한국어", "no"], labels=["😀", "é", "😀"], classes=["é", "😀"])))
write("classify_with_weights.json", dump(classifier_weights(classifier(cell="lstm", hidden=2))))
write("classify_with_weights_state.json",
      dump(classifier_weights(classifier(cell="rnn_tanh", hidden=2, output=False), optimizer_state=True)))
write("classify_with_weights_sgd_state.json",
      dump(classifier_weights(classifier(cell="gru", layers=2, optimizer="sgd", momentum=0.5), optimizer_state=True)))
write("classify_fc_sized_for_vocabulary.json",  # fc: V × H instead of O × H
      dump(with_weights(classifier(cell="rnn_tanh", hidden=2))))
for name, change in [
        ("labels_missing", lambda s: s["data"].pop("labels")),
        ("labels_too_few", lambda s: s["data"].__setitem__("labels", ["pos", "neg"])),
        ("labels_too_many", lambda s: s["data"]["labels"].append("neg")),
        ("labels_empty_string", lambda s: s["data"]["labels"].__setitem__(1, "")),
        ("labels_number", lambda s: s["data"]["labels"].__setitem__(0, 1)),
        ("labels_string", lambda s: s["data"].__setitem__("labels", "pos")),
        ("one_class", lambda s: s["data"].__setitem__("labels", ["pos", "pos", "pos"])),
        ("classes_repeat", lambda s: s["data"].__setitem__("classes", ["pos", "neg", "pos"])),
        ("classes_lack_label", lambda s: s["data"].__setitem__("classes", ["pos"])),
        ("classes_empty_name", lambda s: s["data"].__setitem__("classes", ["pos", "neg", ""])),
        ("classes_empty", lambda s: s["data"].__setitem__("classes", [])),
        ("classes_4097", lambda s: s["data"].__setitem__("classes", ["pos", "neg"] + [f"c{i}" for i in range(4095)])),
        ("text_empty", lambda s: s["data"]["texts"].__setitem__(2, "")),
        ("task_unknown", lambda s: s.__setitem__("task", "summarize")),
        ("task_number", lambda s: s.__setitem__("task", 1)),
        ("task_null", lambda s: s.__setitem__("task", None)),
        ("hidden_not_classes", lambda s: s["model"].__setitem__("output_layer", False)),
]:
    s = classifier()
    change(s)
    write(f"classify_bad_{name}.json", dump(s))
s = session()
s["data"]["labels"] = ["x"]
write("classify_bad_labels_without_task.json", dump(s))
s = session()
s["task"] = "next_character"
write("valid_task_next_character.json", dump(s))

# Issue 18: an Adam step past float32 (was accepted, then saved as "step": inf), at and around the
# bound (1 to limits::maxSteps); SGD momentum that makes the velocity overflow (the divergence message
# named the learning rate); a PyTorch state's fields rnnlab ignores are not a session's (refused here).
for name, step in [("max", 1000000000.0), ("max_plus_1", 1000000001.0), ("3_5e38", 3.5e38),
                   ("1e39", 1e39), ("1e300", 1e300), ("zero", 0.0), ("half", 2.5)]:
    s = with_weights(session(texts=["hello", "hola"], hidden=5), True)
    for entry in s["optimizer_state"]["state"].values():
        entry["step"] = step
    write(f"hostile_adam_step_{name}.json", dump(s))
write("hostile_sgd_momentum_1e308.json",
      dump(with_weights(session(optimizer="sgd", momentum=1e308, steps=4), True)))
write("hostile_sgd_momentum_1.json", dump(session(optimizer="sgd", momentum=1.0, lr=1.0, steps=30)))
s = session()
s["dropout"] = 0.5
write("hostile_dropout_field.json", dump(s))

# Issue 15: time series (task "forecast") — valid sessions of one and two features, test series and
# generators, and every bad input of the issue: a series of 1 point, rows of different widths,
# series of different features, text, null, NaN/Infinity and 1e39 as values, output_layer false
# with H != D, a generator of period 0 or length 0, an anomaly past the end, texts in a forecast.
def forecast(series=None, test=None, generator=None, cell="lstm", hidden=5, layers=1, output=None):
    data = {"series": series if series is not None else [[0.0, 0.5, 0.87, 1.0, 0.87, 0.5, 0.0, -0.5]]}
    if test is not None:
        data["test_series"] = test
    if generator is not None:
        data["generator"] = generator
    model = {"cell": cell, "hidden_size": hidden, "num_layers": layers}
    if output is not None:
        model["output_layer"] = output
    return {"format": "rnnlab-session", "version": 1, "task": "forecast", "model": model, "data": data,
            "training": {"optimizer": "adam", "learning_rate": 0.01, "seed": 3, "steps": 5,
                         "clip_grad_norm": None, "momentum": 0.0}}


SINE = {"wave": "sine", "period": 8, "amplitude": 1, "phase": 0, "length": 8, "noise": 0.1, "noise_seed": 4,
        "anomaly": {"kind": "spike", "at": 5, "length": 1, "size": 3}}
write("forecast_valid_sine.json", dump(forecast()))
write("forecast_valid_two_features.json",
      dump(forecast([[[0.1, 1.0], [0.2, 0.98], [0.3, 0.95]], [[0.0, 0.0], [1.0, -1.0]]], cell="gru", layers=2)))
write("forecast_valid_no_fc.json", dump(forecast([[[0.1, 1.0], [0.2, 0.98], [0.3, 0.95]]], hidden=2, output=False)))
write("forecast_valid_test_series_generator.json",
      dump(forecast(test=[[0.0, 0.5, 3.87, 1.0]], generator={"series": [SINE], "test_series": [dict(SINE, length=4)]})))
write("forecast_valid_relu_sgd_clip.json", dump(dict(forecast(cell="rnn_relu", layers=3), training={
    "optimizer": "sgd", "learning_rate": 0.5, "seed": 1, "steps": 3, "clip_grad_norm": 0.1, "momentum": 0.9})))
for name, series in [("one_point", [[1.0]]), ("empty_series", [[]]), ("no_series", []),
                     ("ragged_rows", [[[1.0, 2.0], [3.0]]]), ("row_among_numbers", [[1.0, [2.0, 3.0]]]),
                     ("features_differ", [[1.0, 2.0], [[1.0, 2.0], [3.0, 4.0]]]), ("text", [[1.0, "2"]]),
                     ("null", [[1.0, None]]), ("1e39", [[1.0, 1e39]]), ("empty_row", [[[], []]]),
                     ("not_a_list", 3), ("wide_300", [[[0.5] * 300, [0.5] * 300]])]:
    write(f"forecast_bad_{name}.json", dump(forecast(series)))
write("forecast_bad_nan.json", dump(forecast()).replace("0.87", "NaN", 1))
write("forecast_bad_infinity.json", dump(forecast()).replace("0.87", "-Infinity", 1))
write("forecast_bad_hidden_not_features.json", dump(forecast(hidden=3, output=False)))
for name, change in [("period_0", {"period": 0}), ("length_0", {"length": 0}), ("period_negative", {"period": -2}),
                     ("wave_unknown", {"wave": "noise"}), ("anomaly_past_end", {"anomaly": {"kind": "flat", "at": 99}}),
                     ("anomaly_unknown", {"anomaly": {"kind": "dip", "at": 1}})]:
    write(f"forecast_bad_generator_{name}.json", dump(forecast(generator={"series": [dict(SINE, **change)]})))
write("forecast_bad_generator_count.json", dump(forecast(generator={"series": [SINE, SINE]})))
s = forecast()
s["data"]["texts"] = ["hello"]
write("forecast_bad_texts.json", dump(s))
s = session()
s["data"]["series"] = [[1.0, 2.0]]
write("forecast_bad_series_in_next_character.json", dump(s))
write("forecast_bad_test_series_one_point.json", dump(forecast(test=[[1.0]])))

# Issue 16: translations (task "translate": data.pairs, optional source/target vocabularies, an
# encoder, a decoder and fc) — valid sessions of every cell, with weights and optimizer state, and
# the ways such a file can be wrong: a pair without a tab, with one string or three, an empty
# source or target, <sos>/<eos> in a vocabulary, vocabularies that lack or repeat a character,
# no output layer, the one-stack names (rnn.*) or wrong shapes for its weights, pairs elsewhere.
def translation(pairs=(("hello", "olleh"), ("ab", "ba")), cell="gru", hidden=4, layers=1, output=True,
                source_vocabulary=None, target_vocabulary=None, tabs=False, **training):
    s = session(cell=cell, hidden=hidden, layers=layers, output=output, **training)
    data = {"pairs": [p[0] + "\t" + p[1] if tabs else list(p) for p in pairs]}
    if source_vocabulary is not None:
        data["source_vocabulary"] = source_vocabulary
    if target_vocabulary is not None:
        data["target_vocabulary"] = target_vocabulary
    return {"format": s["format"], "version": s["version"], "task": "translate", "model": s["model"], "data": data,
            "training": s["training"]}


def translation_weights(s, optimizer_state=False):
    m, data = s["model"], s["data"]
    pairs = [p.split("\t", 1) if isinstance(p, str) else p for p in data["pairs"]]
    Vs = len(data.get("source_vocabulary") or vocabulary_of(p[0] for p in pairs))
    T = len(data.get("target_vocabulary") or vocabulary_of(p[1] for p in pairs)) + 2
    tensors = []
    for stack, inputs in (("encoder", Vs), ("decoder", T)):
        tensors += [(name.replace("rnn.", stack + "."), shape)
                    for name, shape in shapes(m["cell"], m["hidden_size"], m["num_layers"], False, inputs)]
    tensors += [("fc.weight", [T, m["hidden_size"]]), ("fc.bias", [T])]
    s["weights"] = {name: values(shape) for name, shape in tensors}
    if optimizer_state:
        s["optimizer_state"] = {"steps_taken": 2, "state": {
            str(i): ({"step": 2.0, "exp_avg": values(shape, 0.01), "exp_avg_sq": values(shape, 0.001, positive=True)}
                     if s["training"]["optimizer"] == "adam" else {"momentum_buffer": values(shape, 0.01)})
            for i, (name, shape) in enumerate(tensors)}}
    return s


write("translate_valid_gru.json", dump(translation()))
write("translate_valid_tab_strings.json", dump(translation(tabs=True, cell="lstm", layers=2)))
write("translate_valid_rnn_tanh_sgd_clip.json",
      dump(translation(cell="rnn_tanh", optimizer="sgd", lr=0.1, momentum=0.9, clip=0.5)))
write("translate_valid_relu_three_layers.json", dump(translation(cell="rnn_relu", layers=3, hidden=2)))
write("translate_valid_unicode.json",
      dump(translation(pairs=(("grüße", "saluts"), ("日本", "japan"), ("🙂", "smile"), ("a\u0301", "á")))))
write("translate_valid_vocabularies.json",
      dump(translation(source_vocabulary="olehbaxyz", target_vocabulary="abehlo!")))
write("translate_valid_one_character_pair.json", dump(translation(pairs=(("a", "b"),))))
write("translate_valid_with_weights.json", dump(translation_weights(translation(cell="lstm", hidden=3))))
write("translate_valid_with_weights_adam_state.json",
      dump(translation_weights(translation(cell="gru", layers=2, hidden=2), optimizer_state=True)))
write("translate_valid_with_weights_sgd_state.json",
      dump(translation_weights(translation(cell="rnn_tanh", hidden=2, optimizer="sgd", momentum=0.5, tabs=True),
                               optimizer_state=True)))
for name, change in [
        ("pair_without_tab", lambda s: s["data"]["pairs"].__setitem__(0, "hello olleh")),
        ("pair_one_string", lambda s: s["data"]["pairs"].__setitem__(0, ["hello"])),
        ("pair_three_strings", lambda s: s["data"]["pairs"].__setitem__(0, ["hello", "olleh", "x"])),
        ("pair_number", lambda s: s["data"]["pairs"].__setitem__(0, 5)),
        ("pair_numbers", lambda s: s["data"]["pairs"].__setitem__(0, [1, 2])),
        ("pair_empty_source", lambda s: s["data"]["pairs"].__setitem__(0, ["", "olleh"])),
        ("pair_empty_target", lambda s: s["data"]["pairs"].__setitem__(0, ["hello", ""])),
        ("pair_tab_only", lambda s: s["data"]["pairs"].__setitem__(0, "\t")),
        ("pairs_missing", lambda s: s["data"].pop("pairs")),
        ("pairs_empty", lambda s: s["data"].__setitem__("pairs", [])),
        ("pairs_string", lambda s: s["data"].__setitem__("pairs", "hello\tolleh")),
        ("sos_in_target_vocabulary", lambda s: s["data"].__setitem__("target_vocabulary", "abehlo<sos>")),
        ("eos_in_source_vocabulary", lambda s: s["data"].__setitem__("source_vocabulary", "abehlo<eos>")),
        ("source_vocabulary_lacks", lambda s: s["data"].__setitem__("source_vocabulary", "helo")),
        ("target_vocabulary_repeats", lambda s: s["data"].__setitem__("target_vocabulary", "abehloo")),
        ("source_vocabulary_list", lambda s: s["data"].__setitem__("source_vocabulary", ["h", "e"])),
        ("texts", lambda s: s["data"].__setitem__("texts", ["hello"])),
        ("series", lambda s: s["data"].__setitem__("series", [[1.0, 2.0]])),
        ("no_output_layer", lambda s: s["model"].__setitem__("output_layer", False)),
        ("source_vocabulary_4097",
         lambda s: s["data"].__setitem__("pairs", [["".join(chr(0x4e00 + i) for i in range(4097)), "x"]])),
]:
    s = translation()
    change(s)
    write(f"translate_bad_{name}.json", dump(s))
s = translation_weights(translation())
s["weights"] = {name.replace("encoder.", "rnn."): value for name, value in s["weights"].items()}
write("translate_bad_weights_rnn_names.json", dump(s))
s = translation_weights(translation())
s["weights"]["decoder.weight_ih_l0"] = values([12, 5])  # over the source vocabulary instead of the tokens
write("translate_bad_weights_decoder_shape.json", dump(s))
s = translation_weights(translation(), optimizer_state=True)
del s["optimizer_state"]["state"]["5"]
write("translate_bad_state_gap.json", dump(s))
s = session()
s["data"]["pairs"] = [["hello", "olleh"]]
write("translate_bad_pairs_in_next_character.json", dump(s))
