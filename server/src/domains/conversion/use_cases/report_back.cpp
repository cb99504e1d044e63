#include "core/clock.hpp"
#include "domains/conversion/conversion.hpp"
#include "domains/office/common.hpp"

namespace zhixie::conversion {

namespace {
constexpr int64_t kMaxCount = 100000;
}

void report_back(storage::Tx& tx, const Caller& who, const audit::Actor& actor, Lang lang, int64_t id,
                 const Feedback& f) {
    const Report r = visible(tx, who, id);
    const auto a = acting_assignment(tx, who, id, f.assignment_id,
                                     [](const storage::Row& x) { return x.is_null("reported_at"); });
    if (!a.is_null("reported_at")) throw AppError::conflict("already_reported", {{"at", a.s("reported_at")}});
    if (a.is_null("acknowledged_at")) throw AppError::conflict("not_acknowledged");
    FieldErrors e;
    if (!f.completed) e.add("completed", "field_required");
    check::required(e, "feedback", f.text, 5000);
    office::max_chars(e, "outcome_text", f.outcome_text, 2000);
    const std::pair<const char*, int64_t> counts[] = {{"documents", f.outcomes.documents},
                                                      {"problems", f.outcomes.problems},
                                                      {"incidents", f.outcomes.incidents},
                                                      {"matters", f.outcomes.matters}};
    for (const auto& [field, n] : counts)
        if (n < 0 || n > kMaxCount)
            e.add(field, "field_out_of_range", {{"value", n}, {"min", 0}, {"max", kMaxCount}});
    e.throw_if_any(lang, labels());
    const std::string name = assignee_name(a);
    // the last assignee to report back completes the feedback stage (反馈完毕); the others report in between
    const bool last = !tx.one(
        "SELECT id FROM conversion_assignments WHERE report_id = :r AND reported_at IS NULL AND id <> :a",
        {{"r", id}, {"a", a.i("id")}});
    fire(tx, who, actor, r, last ? "feedback_complete" : "report_back", std::nullopt,
         name + (*f.completed ? "：已办成。" : "：未办成。") + f.text);
    tx.exec(
        "UPDATE conversion_assignments SET reported_at = :now, reported_by = :by, completed = :done, "
        "feedback = "
        ":text, documents = :d, problems = :p, incidents = :i, matters = :m, outcome_text = :ot WHERE id = "
        ":id",
        {{"now", clock::now_iso()},
         {"by", who.me.user_id ? storage::Value(who.me.user_id) : storage::Value{}},
         {"done", int64_t{*f.completed}},
         {"text", f.text},
         {"d", f.outcomes.documents},
         {"p", f.outcomes.problems},
         {"i", f.outcomes.incidents},
         {"m", f.outcomes.matters},
         {"ot", f.outcome_text},
         {"id", a.i("id")}});
    record(tx, actor, "reported_back", id,
           {{"assignment", a.i("id")},
            {"assignee", name},
            {"completed", *f.completed},
            {"outcomes",
             {{"documents", f.outcomes.documents},
              {"problems", f.outcomes.problems},
              {"incidents", f.outcomes.incidents},
              {"matters", f.outcomes.matters}}}});
}

}  // namespace zhixie::conversion
