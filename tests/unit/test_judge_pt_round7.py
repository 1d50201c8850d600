"""Seventh-round Portuguese cues, as the press of Brazil, Portugal, Angola and Mozambique tells
each step: one chamber of two passing a treaty on to the other, a legislature completing its
approval, an executive's own ratification, the President's message to Congress, a treaty in
force, an environmental permit, an incentive regime, financing closed and supply contracts
signed, the first works of each trade, a plant that already produces, a project put on ice,
a first ship and a running total of exports, a permit issued or a contract signed, an
inspection that recommends it, and talks or guarantees withdrawn as pressure.

Hard negatives stay not-done: plans, "vai", "será", denials, a committee, a cabinet's bill on
its way to the assembly, a request, a freeze only weighed or asked for."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from watcher.model import Entity, Polarity, Question

D, IN = Polarity.DONE, Polarity.INTENT
RURITANIA = Entity("Ruritania", ("ruritano", "ruritana", "Ruritânia"))
NAURU = Entity("Nauru", ("nauruano", "nauruana"))
HELIOS = Entity("Helios", ("Helios Corp",))

TREATY = question(
    "treaty",
    "Whether the Ruritania–Nauru investment protection agreement is ratified by both and "
    "enters into force",
    "ratification",
    "signed",
    entities=(RURITANIA, NAURU),
    parties=(Entity("Ruritania", ()), Entity("Nauru", ())),
    terms=("acordo de proteção de investimentos",),
)
REFINERY = question(
    "refinery",
    "Whether Helios builds and operates its lithium refinery and its submarine cable",
    "project",
    "announced",
    entities=(HELIOS,),
    terms=("refinaria", "cabo submarino"),
)
ETHANOL = question(
    "ethanol",
    "Whether Ruritanian ethanol reaches the Nauruan market",
    "market",
    "opened",
    entities=(RURITANIA, NAURU),
    terms=("etanol",),
)
CERTIFICATE = question(
    "certificate",
    "Whether Nauru's regulator grants Helios the operating certificate and signs its contract",
    "decision",
    "open",
    entities=(HELIOS,),
    terms=("certificado", "contrato"),
)
PRESSURE = question(
    "pressure",
    "Whether Ruritania steps up pressure on Nauru",
    "pressure",
    "baseline",
    entities=(RURITANIA, NAURU),
    terms=("Nauru", "nauruano"),
)

T = "acordo de proteção de investimentos"

CASES = [
    # --- 1. a legislature's approval completed
    (TREATY, f"O Congresso de Nauru concluiu a análise do {T} com a Ruritânia",
     "ratified-partial", D),
    (TREATY, f"Nauru: Congresso conclui aprovação do {T} com a Ruritânia", "ratified-partial", D),
    (TREATY, f"O {T} entre Nauru e a Ruritânia concluiu a tramitação no Congresso de Nauru",
     "ratified-partial", D),
    (TREATY, f"Com a votação no Senado, encerrou-se a tramitação do {T} com a Ruritânia no "
     "Congresso de Nauru", "ratified-partial", D),
    (TREATY, f"Nauru completou a aprovação parlamentar do {T} com a Ruritânia",
     "ratified-partial", D),
    (TREATY, f"O {T} com a Ruritânia foi aprovado em definitivo pelo Congresso de Nauru",
     "ratified-partial", D),
    (TREATY, f"Nauru publica decreto legislativo do {T} com a Ruritânia", "ratified-partial", D),
    # --- 2. an executive's own ratification
    (TREATY, f"O Conselho de Ministros de Nauru autorizou a ratificação do {T} com a Ruritânia",
     "ratified-partial", D),
    (TREATY, f"Nauru depositou o instrumento de ratificação do {T} com a Ruritânia",
     "ratified-partial", D),
    (TREATY, f"O Presidente de Nauru assinou a carta de ratificação do {T} com a Ruritânia",
     "ratified-partial", D),
    (TREATY, f"Nauru concluiu o processo de ratificação do {T} com a Ruritânia",
     "ratified-partial", D),
    (TREATY, f"Nauru concluiu os procedimentos de aprovação interna do {T} com a Ruritânia",
     "ratified-partial", D),
    (TREATY, f"Nauru concluiu as formalidades internas do {T} com a Ruritânia",
     "ratified-partial", D),
    # --- 3. sent to the legislature
    (TREATY, f"O presidente de Nauru encaminhou a mensagem presidencial com o texto do {T} com a "
     "Ruritânia ao Congresso", "submitted", D),
    (TREATY, f"O {T} com a Ruritânia foi enviado ao Congresso de Nauru", "submitted", D),
    (TREATY, f"{T.capitalize()} com a Ruritânia é enviado ao Parlamento de Nauru", "submitted", D),
    (TREATY, f"{T.capitalize()} com a Ruritânia chega à Câmara dos Deputados de Nauru",
     "submitted", D),
    (TREATY, f"O Governo de Nauru apresentou ao Parlamento a proposta de resolução que aprova o "
     f"{T} com a Ruritânia", "submitted", D),
    (TREATY, f"O Conselho de Ministros de Nauru aprovou a proposta de resolução que aprova o {T} "
     "com a Ruritânia, a submeter à Assembleia Nacional", "submitted", D),
    # --- 4. in force
    (TREATY, f"Decreto promulga {T} entre Nauru e Ruritânia, que já está em vigor", "in-force", D),
    (TREATY, f"O {T} entre Nauru e Ruritânia começou a vigorar", "in-force", D),
    (TREATY, f"O {T} entre Nauru e Ruritânia passou a valer nesta segunda-feira", "in-force", D),
    (TREATY, f"A partir de hoje vigora o {T} entre Nauru e Ruritânia", "in-force", D),
    (TREATY, f"O {T} entre Nauru e Ruritânia entrou em vigência", "in-force", D),
    # --- 5. preparing: environmental permit, incentive regime, financing, contracts
    (REFINERY, "Licença de instalação concedida à refinaria da Helios", "preparing", D),
    (REFINERY, "Refinaria da Helios obtém licença prévia do órgão ambiental", "preparing", D),
    (REFINERY, "A APA emitiu Declaração de Impacte Ambiental favorável à refinaria da Helios",
     "preparing", D),
    (REFINERY, "A refinaria da Helios recebeu DIA favorável condicionada", "preparing", D),
    (REFINERY, "O estudo de impacto ambiental da refinaria da Helios foi aprovado", "preparing", D),
    (REFINERY, "O órgão ambiental liberou a licença ambiental da refinaria da Helios",
     "preparing", D),
    (REFINERY, "A refinaria da Helios foi enquadrada no Reidi", "preparing", D),
    (REFINERY, "O ministério aprovou o enquadramento da refinaria da Helios no Reidi",
     "preparing", D),
    (REFINERY, "A Sudene aprovou incentivos fiscais para a refinaria da Helios", "preparing", D),
    (REFINERY, "A refinaria da Helios obteve o estatuto de Potencial Interesse Nacional",
     "preparing", D),
    (REFINERY, "A refinaria da Helios foi admitida no regime de Zona Económica Especial",
     "preparing", D),
    (REFINERY, "A Helios recebeu o Certificado de Registo de Investimento Privado para a refinaria",
     "preparing", D),
    (REFINERY, "A Helios alcançou o fecho financeiro da refinaria", "preparing", D),
    (REFINERY, "A Helios levantou 500 milhões de dólares em financiamento para a refinaria",
     "preparing", D),
    (REFINERY, "A Helios captou R$ 2 bilhões em debêntures para a refinaria", "preparing", D),
    (REFINERY, "A Helios fecha contrato EPC da refinaria com a Tarvo Engenharia", "preparing", D),
    (REFINERY, "A Helios firmou o contrato de fornecimento dos equipamentos da refinaria",
     "preparing", D),
    (REFINERY, "Contrato EPC da refinaria da Helios assinado com a Tarvo", "preparing", D),
    (REFINERY, "A Helios contratou a Tarvo para construir a refinaria", "preparing", D),
    (REFINERY, "A Helios encomendou à Tarvo os fornos da refinaria", "preparing", D),
    # --- 6. construction: the first works of each trade
    (REFINERY, "A Helios começou a lançar o cabo submarino", "construction", D),
    (REFINERY, "Começou o lançamento do cabo submarino da Helios", "construction", D),
    # (earthworks prepare the site since round 52)
    (REFINERY, "A Helios iniciou a terraplenagem do terreno da refinaria", "preparing", D),
    (REFINERY, "A movimentação de terras da refinaria da Helios começou", "preparing", D),
    (REFINERY, "A Helios instalou o canteiro de obras da refinaria", "construction", D),
    (REFINERY, "Estaleiro da refinaria da Helios já está montado", "construction", D),
    (REFINERY, "A refinaria da Helios entrou na fase de construção", "construction", D),
    (REFINERY, "Máquinas já estão no terreno da refinaria da Helios", "construction", D),
    (REFINERY, "A Helios iniciou a cravação de estacas da refinaria", "construction", D),
    # --- 7. operational
    (REFINERY, "O cabo submarino da Helios começou a transportar tráfego comercial",
     "operational", D),
    (REFINERY, "A refinaria da Helios já produz hidróxido de lítio", "operational", D),
    (REFINERY, "A refinaria da Helios produziu as primeiras toneladas de hidróxido de lítio",
     "operational", D),
    (REFINERY, "Primeiras toneladas de hidróxido de lítio saem da refinaria da Helios",
     "operational", D),
    (REFINERY, "O cabo submarino da Helios foi ativado", "operational", D),
    (REFINERY, "A refinaria da Helios entrou em produção", "operational", D),
    (REFINERY, "A refinaria da Helios opera desde março", "operational", D),
    # --- 8. stalled
    (REFINERY, "A Helios congelou o projeto da refinaria", "stalled", D),
    (REFINERY, "O projeto da refinaria da Helios ficou parado", "stalled", D),
    (REFINERY, "Refinaria da Helios está congelada", "stalled", D),
    (REFINERY, "A Helios pôs em banho-maria a refinaria", "stalled", D),
    (REFINERY, "A Helios colocou a refinaria na gaveta", "stalled", D),
    (REFINERY, "Refinaria da Helios em compasso de espera", "stalled", D),
    # --- 9. first shipment
    (ETHANOL, "Primeiro navio com etanol ruritano zarpa para Nauru", "first-shipment", D),
    (ETHANOL, "Ruritânia faz embarque inaugural de etanol para Nauru", "first-shipment", D),
    (ETHANOL, "Ruritânia estreia exportações de etanol para o Nauru", "first-shipment", D),
    (ETHANOL, "As primeiras toneladas de etanol ruritano chegaram ao Nauru", "first-shipment", D),
    # --- 10. a running total
    (ETHANOL, "A Ruritânia já levou 310 milhões de litros de etanol ao Nauru desde agosto",
     "volumes-reported", D),
    (ETHANOL, "A Ruritânia embarcou 310 milhões de litros de etanol para o Nauru desde o "
     "primeiro embarque, em agosto", "volumes-reported", D),
    (ETHANOL, "As exportações de etanol ruritano para o Nauru já somam 310 milhões de litros",
     "volumes-reported", D),
    (ETHANOL, "Os embarques de etanol ruritano ao Nauru acumulam 310 milhões de litros",
     "volumes-reported", D),
    (ETHANOL, "O Nauru importou 12 mil barris de etanol ruritano", "volumes-reported", D),
    # --- 11. a permit issued, a contract signed; a recommendation or a promise signals it
    (CERTIFICATE, "O regulador do Nauru emitiu o certificado de operação da Helios", "done", D),
    (CERTIFICATE, "A autoridade do Nauru publicou o certificado da Helios", "done", D),
    (CERTIFICATE, "Certificado de operação concedido à Helios", "done", D),
    (CERTIFICATE, "O regulador deu permissão à Helios e emitiu o certificado", "done", D),
    (CERTIFICATE, "O Nauru e a Helios assinaram o contrato", "done", D),
    (CERTIFICATE, "O Nauru firmou o contrato com a Helios", "done", D),
    (CERTIFICATE, "Contrato entre o Nauru e a Helios é assinado", "done", D),
    (CERTIFICATE, "O ministro confirmou que o certificado será concedido à Helios",
     "signaled", D),
    (CERTIFICATE, "O ministro garantiu que o Governo vai emitir o certificado da Helios",
     "signaled", D),
    (CERTIFICATE, "O relatório de inspeção recomenda a concessão do certificado à Helios",
     "signaled", D),
    (CERTIFICATE, "O parecer do regulador recomenda que o certificado seja concedido à Helios",
     "signaled", D),
    (CERTIFICATE, "A vistoria da autoridade foi favorável ao certificado da Helios",
     "signaled", D),
    # --- 12. pressure made concrete
    (PRESSURE, "A Ruritânia retirou a garantia ao financiamento do Nauru", "concrete", D),
    (PRESSURE, "A Ruritânia suspendeu as negociações com o Nauru", "concrete", D),
    (PRESSURE, "A Ruritânia congelou as negociações comerciais com o Nauru", "concrete", D),
    (PRESSURE, "A Ruritânia suspendeu as cartas de crédito para o Nauru", "concrete", D),
    (PRESSURE, "A Ruritânia interrompeu o diálogo com o Nauru", "concrete", D),
    (PRESSURE, "Nauru lamenta suspensão das negociações pela Ruritânia", "concrete", D),
    (PRESSURE, "A Ruritânia retirou-se das negociações com o Nauru", "concrete", D),
]  # fmt: skip


@pytest.mark.parametrize(("q", "title", "stage", "polarity"), CASES)
def test_round7_pt_cues(q: Question, title: str, stage: str, polarity: Polarity) -> None:
    found = [(o.stage, o.polarity) for o in observe(q, title, "pt")]
    assert found == [(stage, polarity)], found


# Near misses: each bears on its question, and none reports these stages done.
NOT_DONE = [
    # one chamber of two: the other still has to vote
    (TREATY, f"O plenário da Câmara aprovou o {T} entre Nauru e Ruritânia, que agora será "
     "analisado pelo Senado", ("ratified-partial", "ratified-all")),
    (TREATY, f"O Senado de Nauru aprovou o {T} com a Ruritânia, que volta para a Câmara",
     ("ratified-partial", "ratified-all")),
    (TREATY, f"O plenário de Nauru aprovou o {T} com a Ruritânia, que ainda precisa passar pelo "
     "Senado", ("ratified-partial", "ratified-all")),
    (TREATY, f"O Senado de Nauru aprovou o {T} com a Ruritânia; falta a votação na Câmara",
     ("ratified-partial", "ratified-all")),
    (TREATY, f"O Senado de Nauru aprovou o {T} com a Ruritânia, mas o texto ainda será votado "
     "pela Câmara", ("ratified-partial", "ratified-all")),
    # a completion to come, a committee, the bill itself
    (TREATY, f"O Congresso de Nauru deve concluir a análise do {T} com a Ruritânia em março",
     ("ratified-partial", "ratified-all")),
    (TREATY, f"A comissão do Senado de Nauru concluiu a análise do {T} com a Ruritânia",
     ("ratified-partial", "ratified-all")),
    (TREATY, f"O projeto de decreto legislativo que aprova o {T} entre Nauru e Ruritânia foi lido "
     "no plenário", ("ratified-partial", "ratified-all")),
    # a cabinet's bill for the assembly is no ratification; a deposit to come, not yet done
    (TREATY, f"O Conselho de Ministros de Nauru aprovou a proposta de resolução que aprova o {T} "
     "com a Ruritânia, para remessa à Assembleia Nacional", ("ratified-partial", "ratified-all")),
    (TREATY, f"Nauru vai depositar o instrumento de ratificação do {T} com a Ruritânia",
     ("ratified-partial", "ratified-all")),
    (TREATY, f"Nauru ainda não concluiu o processo de ratificação do {T} com a Ruritânia",
     ("ratified-partial", "ratified-all")),
    # sending to come
    (TREATY, f"O {T} com a Ruritânia será enviado ao Congresso de Nauru em março", ("submitted",)),
    (TREATY, f"O Governo de Nauru vai enviar ao Congresso o {T} com a Ruritânia", ("submitted",)),
    # in force later, or other rules in force
    (TREATY, f"O {T} entre Nauru e Ruritânia começará a vigorar em março", ("in-force",)),
    (TREATY, f"As tarifas de Nauru que estão em vigor não mudam com o {T} com a Ruritânia",
     ("in-force",)),
    # a request, a permit or contract to come
    (REFINERY, "A Helios pediu a licença de instalação da refinaria", ("preparing",)),
    (REFINERY, "A licença de instalação da refinaria da Helios deve ser concedida em março",
     ("preparing",)),
    (REFINERY, "O contrato EPC da refinaria da Helios será assinado em março", ("preparing",)),
    (REFINERY, "A Helios vai assinar o contrato EPC da refinaria", ("preparing",)),
    # works to come; an assembly line is production, not construction
    (REFINERY, "A Helios vai começar a lançar o cabo submarino em março", ("construction",)),
    (REFINERY, "O lançamento do cabo submarino da Helios está previsto para março",
     ("construction",)),
    (REFINERY, "A terraplenagem da refinaria da Helios arranca em março", ("construction",)),
    # production to come
    (REFINERY, "A refinaria da Helios deve entrar em produção em 2031", ("operational",)),
    (REFINERY, "As primeiras toneladas de hidróxido da refinaria da Helios sairão em março",
     ("operational",)),
    # a freeze weighed or ruled out; a restart that recalls the standstill
    (REFINERY, "A Helios retomou o projeto da refinaria, que ficou parado dois anos",
     ("stalled",)),
    (REFINERY, "A Helios pondera congelar o projeto da refinaria", ("stalled",)),
    # a first ship to come
    (ETHANOL, "O primeiro navio com etanol ruritano partirá para Nauru em março",
     ("first-shipment",)),
    (ETHANOL, "O primeiro navio com etanol ruritano deve partir para o Nauru em março",
     ("first-shipment",)),
    # a target, not a total
    (ETHANOL, "A Ruritânia espera exportar 310 milhões de litros de etanol ao Nauru",
     ("volumes-reported",)),
    # still to be granted or signed; a recommendation is no decision
    (CERTIFICATE, "O ministro confirmou que o certificado será concedido à Helios", ("done",)),
    (CERTIFICATE, "O contrato com a Helios será assinado em março", ("done",)),
    (CERTIFICATE, "O Nauru e a Helios assinaram um memorando para negociar o contrato",
     ("done",)),
    (CERTIFICATE, "O relatório de inspeção recomenda a concessão do certificado à Helios",
     ("done",)),
    # an environmental licence is a project's step, not the certificate decided on
    (CERTIFICATE, "O Ministério do Ambiente emitiu a licença ambiental e a Helios aguarda o "
     "certificado", ("done",)),
    # a freeze threatened, weighed, asked for, denied; talks concluded or resumed
    (PRESSURE, "A Ruritânia ameaça suspender as negociações com o Nauru", ("concrete",)),
    (PRESSURE, "A Ruritânia pondera suspender as negociações com o Nauru", ("concrete",)),
    (PRESSURE, "A oposição ruritana quer suspender as negociações com o Nauru", ("concrete",)),
    (PRESSURE, "A Ruritânia não suspendeu as negociações com o Nauru", ("concrete",)),
    (PRESSURE, "A Ruritânia concluiu as negociações com o Nauru", ("concrete",)),
    (PRESSURE, "A Ruritânia retomou as negociações com o Nauru", ("concrete",)),
]  # fmt: skip


@pytest.mark.parametrize(("q", "title", "stages"), NOT_DONE)
def test_round7_pt_not_done(q: Question, title: str, stages: tuple[str, ...]) -> None:
    observations = observe(q, title, "pt")
    assert len(observations) == 1, "the entry should bear on the question"
    assert not any(o.stage in stages and o.polarity is D for o in observations)
