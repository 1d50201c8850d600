"""Pressure acts (complaints, disputes, summons, freezes, lifting), decision signals (a
recommendation, a favourable opinion, an agenda slot) and ratification by decree, in English,
Spanish, Portuguese and Chinese."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe
from tests.unit.test_judge_signals import GRANT, PRESSURE, SOLO_TREATY, TREATY
from watcher.model import Polarity, Question

D = Polarity.DONE
CASES = [
    # --- pressure: words and complaints are rhetorical
    (PRESSURE, "en", "Ruritania complains that Nauru violates the rules of the bloc", "rhetorical"),
    (PRESSURE, "en", "Ruritania files a formal dispute against Nauru at the WTO", "rhetorical"),
    (PRESSURE, "en", "Ruritania summoned the Nauruan ambassador", "rhetorical"),
    (PRESSURE, "es", "Ruritania presentó una queja formal contra Nauru", "rhetorical"),
    (PRESSURE, "es", "Ruritania convocó al embajador nauruano", "rhetorical"),
    (PRESSURE, "pt", "Ruritania abriu uma disputa contra Nauru na OMC", "rhetorical"),
    (PRESSURE, "pt", "Ruritania convocou o embaixador nauruano", "rhetorical"),
    (PRESSURE, "zh", "鲁里塔尼亚召见瑙鲁大使", "rhetorical"),
    (PRESSURE, "zh", "鲁里塔尼亚对瑙鲁提起贸易争端", "rhetorical"),
    (PRESSURE, "pt", "Ruritania aciona mecanismo de controvérsias contra Nauru", "concrete"),
    (PRESSURE, "es", "Ruritania activó el mecanismo de controversias contra Nauru", "concrete"),
    # --- acts that cost something are concrete
    (PRESSURE, "en", "Ruritania froze the accounts of Nauruan firms", "concrete"),
    (PRESSURE, "en", "Ruritania imposed tariffs on Nauruan goods", "concrete"),
    (PRESSURE, "en", "Ruritania cut credit lines to Nauru", "concrete"),
    (PRESSURE, "es", "Ruritania congeló las cuentas de empresas nauruanas", "concrete"),
    (PRESSURE, "es", "Ruritania tomó medidas contra Nauru", "concrete"),
    (PRESSURE, "pt", "Ruritania congelou contas de empresas nauruanas", "concrete"),
    (PRESSURE, "pt", "Ruritania cortou linhas de crédito ao Nauru", "concrete"),
    (PRESSURE, "zh", "鲁里塔尼亚冻结瑙鲁企业账户", "concrete"),
    (PRESSURE, "zh", "鲁里塔尼亚对瑙鲁商品加征关税", "concrete"),
    # --- and their end eases it
    (PRESSURE, "en", "Ruritania dropped its dispute with Nauru", "eased"),
    (PRESSURE, "en", "Ruritania restored credit lines to Nauru", "eased"),
    (PRESSURE, "es", "Ruritania retiró la queja contra Nauru", "eased"),
    (PRESSURE, "es", "Ruritania levantó las medidas contra Nauru", "eased"),
    (PRESSURE, "pt", "Ruritania desistiu da disputa com Nauru", "eased"),
    (PRESSURE, "pt", "Ruritania revogou as medidas contra Nauru", "eased"),
    (PRESSURE, "zh", "鲁里塔尼亚撤回对瑙鲁的申诉", "eased"),
    (PRESSURE, "zh", "鲁里塔尼亚取消对瑙鲁的反制措施", "eased"),
    # --- decision: a recommendation or an agenda slot is a signal; the act is done
    (GRANT, "en", "Staff recommended approval of the Helios subsidy", "signaled"),
    (GRANT, "en", "The board placed the Helios subsidy on the agenda for a final vote", "signaled"),
    (GRANT, "en", "The agency published the resolution granting the Helios subsidy", "done"),
    (GRANT, "es", "El equipo técnico recomendó la aprobación del subsidio a Helios", "signaled"),
    (GRANT, "es", "Dictamen técnico favorable al subsidio de Helios", "signaled"),
    (GRANT, "es", "El ministerio publicó la resolución del subsidio a Helios", "done"),
    (GRANT, "pt", "Parecer técnico favorável ao subsídio da Helios", "signaled"),
    (GRANT, "pt", "O ministério publicou a portaria do subsídio da Helios", "done"),
    (GRANT, "zh", "经济部幕僚建议核准Helios补助", "signaled"),
    (GRANT, "zh", "Helios补助案列入议程", "signaled"),
    # --- ratification by decree or promulgation by one party
    (TREATY, "en", "Andorra ratified the Nauru legal aid treaty by decree", "ratified-partial"),
    (SOLO_TREATY, "en", "Andorra's president promulgated the legal aid treaty", "ratified-all"),
    (
        SOLO_TREATY, "es", "Andorra ratifica por decreto el tratado de asistencia judicial",
        "ratified-all",
    ),
    (SOLO_TREATY, "es", "Andorra promulgó el tratado de asistencia judicial", "ratified-all"),
    (SOLO_TREATY, "pt", "Andorra promulgou o tratado de assistência judiciária", "ratified-all"),
    (SOLO_TREATY, "zh", "安道尔总统颁布司法互助条约", "ratified-all"),
]  # fmt: skip


@pytest.mark.parametrize(("q", "lang", "title", "stage"), CASES)
def test_done_stage(q: Question, lang: str, title: str, stage: str) -> None:
    observations = observe(q, title, lang)
    assert len(observations) == 1, "the entry should bear on the question"
    assert (observations[0].stage, observations[0].polarity) == (stage, D)
