#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/assessment/assessment.hpp"
#include "domains/office/common.hpp"

namespace zhixie::office::assessment {

namespace {
nlohmann::json brief(const nlohmann::json& a) {
    nlohmann::json points = nlohmann::json::object();
    for (const auto& s : a["scores"])
        points[s["name"].get<std::string>()] = s["points"];
    return {{"total", a["total"]}, {"points", points}};
}
}  // namespace

nlohmann::json create_assessment_in(storage::Tx& tx, const auth::Principal& me, const audit::Actor& actor,
                                    Lang lang, const NewAssessment& a) {
    FieldErrors e;
    auto sheet = check_subject(tx, e, me.committee_id, a.sheet_id, a.quarter, a.subject_id);
    e.throw_if_any(lang, labels());
    const std::string kind = (*sheet)["subject_kind"].get<std::string>();
    if (tx.one("SELECT id FROM office_assessments WHERE sheet_id = :s AND quarter = :q AND subject_kind = :k "
               "AND "
               "subject_id = :id",
               {{"s", a.sheet_id}, {"q", a.quarter}, {"k", kind}, {"id", a.subject_id}}))
        throw AppError::conflict("assessment_exists", {{"quarter", a.quarter}});
    const std::string now = clock::now_iso();
    int64_t id = tx.insert(
        "INSERT INTO office_assessments (committee_id, sheet_id, quarter, subject_kind, subject_id, "
        "created_by, "
        "created_at, updated_at) VALUES (:c, :s, :q, :k, :id, :by, :now, :now) RETURNING id",
        {{"c", me.committee_id},
         {"s", a.sheet_id},
         {"q", a.quarter},
         {"k", kind},
         {"id", a.subject_id},
         {"by", me.user_id},
         {"now", now}});
    write_scores(tx, me.committee_id, lang, *sheet, a.quarter, id, a.subject_id, a.scores);
    auto out = assessment_json(tx, me.committee_id, id);
    audit::append(tx, actor, "office_assessment.scored", "office_assessment", std::to_string(id),
                  {{"quarter", a.quarter}, {"subject", out["subject_name"]}, {"after", brief(out)}});
    return out;
}

nlohmann::json create_assessment(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                 Lang lang, const NewAssessment& a) {
    auto tx = db.write();
    auto out = create_assessment_in(tx, me, actor, lang, a);
    tx.commit();
    return out;
}

nlohmann::json rescore_assessment(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                  Lang lang, int64_t id, int64_t version, const std::vector<Score>& scores) {
    auto tx = db.write();
    auto before = assessment_json(tx, me.committee_id, id);
    expect_version(before["version"].get<int64_t>(), version);
    auto sheet = sheet_json(tx, me.committee_id, before["sheet_id"].get<int64_t>());
    write_scores(tx, me.committee_id, lang, sheet, before["quarter"].get<std::string>(), id,
                 before["subject_id"].get<int64_t>(), scores);
    if (tx.exec("UPDATE office_assessments SET version = version + 1, updated_at = :now WHERE id = :id AND "
                "version = "
                ":v",
                {{"now", clock::now_iso()}, {"id", id}, {"v", version}}) == 0)
        throw AppError::conflict("stale_version");
    auto after = assessment_json(tx, me.committee_id, id);
    audit::append(tx, actor, "office_assessment.rescored", "office_assessment", std::to_string(id),
                  {{"before", brief(before)}, {"after", brief(after)}});
    tx.commit();
    return after;
}

}  // namespace zhixie::office::assessment
