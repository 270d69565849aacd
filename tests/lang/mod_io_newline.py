import io
print(list(io.StringIO('a\rb\r\nc\nd', newline='')), list(io.StringIO('a\rb\r\nc\nd')), list(io.StringIO('a\rb\r\nc\nd', newline='\r')), list(io.StringIO('a\rb\r\nc\nd', newline=None)))
s = io.StringIO('a\rb\r\nc', newline=''); print(repr(s.readline()), repr(s.readline()), repr(s.read()))
s = io.StringIO(newline=None); s.write('x\r\ny\rz\n'); print(repr(s.getvalue()))
s = io.StringIO(newline='\r\n'); s.write('x\ny'); print(repr(s.getvalue()), list(io.StringIO('p\r\nq', newline='\r\n')))
