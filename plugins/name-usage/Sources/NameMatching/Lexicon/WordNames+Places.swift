extension WordNames {
    /// Given names and family names that are also places, railway lines, brands or firms.
    static let placesAndBrands = """
        # places
        jordan florence victoria chelsea georgia austin sydney paris adelaide orlando lincoln
        chester preston devon kent troy brooklyn dallas phoenix
        dakota virginia kingston florida india asia africa china jersey
        camden clyde derby washington houston denver memphis aspen vienna siena
        verona sierra nevada montana cairo alexandria
        valencia elizabeth york bristol windsor cambridge oxford
        wellington kendal carlisle lancaster warwick stirling perth
        darwin brisbane melbourne boston salem cheyenne sedona aurora lima london dublin
        cork galway derry antrim down mayo sligo bute
        wick nairn elgin tain troon ayr alba jamaica mali chad kenya
        sudan oman yemen qatar india america europe trinity paddington waterloo bond euston
        kings cross charlotte madison savannah hudson shannon santiago regina lourdes carolina
        milan israel
        # makes, brands and firms
        mercedes ford bentley royce rolls jaguar porsche ferrari lamborghini maserati
        lexus tesla dodge chevrolet cadillac chrysler honda suzuki toyota mazda subaru nissan
        mitsubishi yamaha kawasaki isuzu hyundai kia skoda citroen peugeot renault fiat dacia
        opel vauxhall hilton marriott hyatt ritz savoy lloyd lloyds barclay barclays halifax
        santander dell mcdonald harrod harrods gucci armani dior chanel prada
        versace hoover bosch miele siemens kellogg
        cadbury nestle mars hershey guinness sainsbury morrisons
        selfridge dixons virgin disney costa nero mango monsoon jaeger
        burberry clarks primark boots argos currys tesco asda waitrose aldi lidl
        levi wendy zara dyson tiffany harley morgan aston amazon nike hermes hertz avis nando everton ascot richmond
        """
}
