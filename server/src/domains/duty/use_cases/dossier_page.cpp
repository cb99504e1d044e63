#include <fmt/format.h>

#include "core/clock.hpp"
#include "domains/duty/duty.hpp"
#include "services/print/document.hpp"

namespace zhixie::duty {

namespace {
std::string num(const nlohmann::json& v) {
    if (v.is_null()) return "—";
    return fmt::format("{}", v.get<double>());
}
std::string str(const nlohmann::json& o, const char* key) {
    return o.contains(key) && o[key].is_string() ? o[key].get<std::string>() : "";
}
std::string rank_text(const nlohmann::json& rank, const nlohmann::json& of) {
    return rank.is_null() ? "—" : fmt::format("{}/{}", rank.get<int64_t>(), of.get<int64_t>());
}
}  // namespace

// The dossier as a print page (履职档案): the member, the score and grade with ranks, points per kind, the
// five-ones and every record of the year.
std::string dossier_page(storage::Db& db, const auth::Principal& me, int64_t member_id, int64_t year) {
    const auto d = dossier(db, me, member_id, year);
    const auto& m = d["member"];
    const std::string title = fmt::format("{}委员履职档案（{}年度）", me.committee_name, year);
    print::Document doc(title);
    doc.heading(title).line(
        fmt::format("{}　编印于{}", str(m, "term_name"), print::cn_date(clock::today_cst())), "meta");
    std::string bodies;
    for (const auto& b : m["bodies"])
        bodies += (bodies.empty() ? "" : "、") + str(b, "name") + str(b, "post");
    doc.heading("基本情况", 2)
        .table({"姓名", "性别", "界别", "职务", "专委会", "工作单位及职务"},
               {{str(m, "name"), str(m, "gender"), str(m, "sector_name"), str(m, "cppcc_post"), bodies,
                 str(m, "work_unit") + str(m, "job_title")}});
    const auto& ranks = d["ranks"];
    doc.heading("履职得分", 2)
        .table(
            {"总分", "等次", "全会排名", "界别内排名", "“五个一”完成"},
            {{num(d["score"]["total"]), str(d["score"], "grade"), rank_text(ranks["ranking"], ranks["of"]),
              rank_text(ranks["sector_ranking"], ranks["sector_of"]),
              fmt::format("{}/{}", d["five_ones_met"].get<int64_t>(), d["five_ones_total"].get<int64_t>())}});
    std::vector<std::vector<std::string>> kinds;
    for (const auto& k : d["kinds"])
        kinds.push_back({str(k, "name"), std::to_string(k["count"].get<int64_t>()), num(k["each"]),
                         num(k["cap"]), num(k["points"]) + (k["capped"].get<bool>() ? "（已封顶）" : "")});
    kinds.push_back({"基础分", "", "", "", num(d["base_score"])});
    doc.heading("积分明细", 2).table({"履职类别", "次数", "每次分值", "年度封顶", "得分"}, kinds);
    std::vector<std::vector<std::string>> five;
    for (const auto& f : d["five_ones"])
        five.push_back({str(f, "name"), std::to_string(f["min"].get<int64_t>()),
                        std::to_string(f["count"].get<int64_t>()),
                        f["met"].get<bool>() ? "已完成" : "未完成"});
    doc.heading("“五个一”完成情况", 2).table({"要求", "应完成", "已完成", "情况"}, five);
    std::vector<std::vector<std::string>> records;
    for (const auto& r : d["records"])
        records.push_back({print::cn_date(str(r, "occurred_on")), str(r, "kind_name"), str(r, "title"),
                           str(r, "status_name")});
    doc.heading(fmt::format("履职记录（{}条）", records.size()), 2)
        .table({"日期", "类别", "内容", "状态"}, records);
    return doc.html();
}

}  // namespace zhixie::duty
