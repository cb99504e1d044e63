#include <set>

#include "domains/conversion/conversion.hpp"
#include "domains/office/common.hpp"

namespace zhixie::conversion {

namespace {
// The steps without data of their own; the others have their own use cases.
const std::set<std::string> kSteps = {"supervise", "notify", "assess"};
const std::set<std::string> kNeedNote = {"supervise", "notify"};
}  // namespace

void take_step(storage::Tx& tx, const Caller& who, const audit::Actor& actor, Lang lang, int64_t id,
               const Step& s) {
    const Report r = visible(tx, who, id);
    FieldErrors e;
    check::one_of(e, "transition", s.transition, {kSteps.begin(), kSteps.end()});
    if (kNeedNote.count(s.transition))
        check::required(e, "note", s.note, 2000);
    else
        office::max_chars(e, "note", s.note, 2000);
    e.throw_if_any(lang, labels());
    fire(tx, who, actor, r, s.transition, s.version, s.note);
    record(tx, actor, s.transition, id, {{"note", s.note}});
}

}  // namespace zhixie::conversion
