extension DefaultNicknames {
    static let celtic = """
    # Irish, Scottish and Welsh given names
    Aoife: Eva
    Bríd: Bridie, Breda
    Brigid: Bridie, Breda
    Cathal: Cal
    Caoimhe: Keeva
    Ciarán / Ciaran: Kieran
    Diarmuid: Dermot, Dermo
    Dónal / Donal: Donie
    Eoghan: Owen
    Eoin: Owen
    Gráinne / Grainne: Granya
    Máire / Maire: Moira, Maura
    Mairéad / Mairead: Maggie, Mags
    Niamh: Neev
    Pádraig / Padraig: Paddy, Pat, Podge
    Seán / Sean: Shane
    Séamus / Seamus: Shay
    Siobhán / Siobhan: Shiv
    Tadhg: Tiegue
    Alasdair: Ali, Ally, Al
    Alastair: Ali, Ally, Al
    Alistair: Ali, Ally, Al
    Angus: Gus
    Hamish: Ham
    Iain: 
    Ian: 
    Kenneth: Ken, Kenny
    Coinneach: Ken, Kenny
    Malcolm: Mal, Calum
    Morag: Mo
    Catriona: Cat, Trina
    Gwendolen: Gwen
    Gwenllian: Gwen
    Dafydd: Dai, Dave, Dewi
    Gwilym: Gwil
    Rhodri: Rhod
    Llewellyn: Llew, Lew
    Llywelyn: Llew, Lew
    Bronwen: Bron
    Angharad: Anji
    """
}
