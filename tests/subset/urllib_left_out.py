# atoll's urllib holds only urllib.parse: the network modules are left out
# and importing them fails with ModuleNotFoundError, never a half module.
import urllib
import urllib.parse
print(urllib.parse.urlsplit('http://h/p').hostname)
for name in ['urllib.request', 'urllib.error', 'urllib.response', 'urllib.robotparser']:
    try:
        __import__(name)
        print(name, 'imported (should not)')
    except ModuleNotFoundError as e:
        print(type(e).__name__ + ':', e, '| name:', e.name)
try:
    import urllib.request as r
except ImportError as e:
    print(type(e).__name__ + ':', e)
try:
    from urllib import request
except ImportError as e:
    print(type(e).__name__ + ':', type(e) is ImportError)
print(hasattr(urllib, 'request'), hasattr(urllib, 'parse'))
